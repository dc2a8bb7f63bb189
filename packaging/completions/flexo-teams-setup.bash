# bash completion for flexo-teams-setup. tests/packaging/tst_completions compares the commands and
# options here with the program's own --help.

_flexo_teams_setup()
{
    local cur prev words cword
    _init_completion || return

    local commands="diagnose validate export import show rotate"
    local command="" i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            diagnose | validate | export | import | show | rotate)
                command=${words[i]}
                break
                ;;
        esac
    done

    case $prev in
        --format)
            COMPREPLY=($(compgen -W "text json markdown html nagios prometheus" -- "$cur"))
            return
            ;;
        --output)
            _filedir
            return
            ;;
        --custom-cloud | --timeout | --jobs | --expires)
            return
            ;;
    esac

    local options
    case $command in
        diagnose) options="--interactive --format --output --timeout --secret-stdin --redact-users --jobs --keep-sign-in --forget-sign-in --help" ;;
        validate) options="--help" ;;
        export) options="--output --include-secret --secret-stdin --help" ;;
        import) options="--output --help" ;;
        show) options="--reveal --help" ;;
        rotate) options="--expires --help" ;;
        *) options="--custom-cloud --dark --help --version" ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
    elif [ -z "$command" ] && [ "$cword" -eq 1 ]; then
        COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        _filedir json
    else
        _filedir json
    fi
}
complete -F _flexo_teams_setup flexo-teams-setup
