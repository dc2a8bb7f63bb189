# Shared by scripts/check-package and scripts/check-debian13: a minimal Debian made by debootstrap,
# kept under ~/.cache so a second run starts from it instead of downloading it again.
# Source this file; it needs root (debootstrap, mount, chroot).

chroot_cache=${FLEXO_CHROOT_CACHE:-$HOME/.cache/flexo-teams-setup}

# The Debian mirror this machine uses (its apt sources), so the chroot reaches the same one.
chroot_mirror()
{
    local uri
    uri=$(grep -hoE '^(URIs: |deb )[^ ]*debian/?( |$)' /etc/apt/sources.list.d/*.sources \
        /etc/apt/sources.list 2>/dev/null | head -n 1 | sed -E 's/^(URIs: |deb )//; s/ *$//')
    echo "${uri:-http://deb.debian.org/debian}"
}

chroot_tools()
{
    local missing=()
    for p in debootstrap; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        apt-get update -q
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

# chroot_base SUITE: a pristine minbase SUITE under $chroot_cache/SUITE-base, made once.
chroot_base()
{
    local suite=$1 base=$chroot_cache/$1-base mirror security
    if [ -f "$base/.flexo-complete" ]; then
        echo "$base"
        return
    fi
    chroot_tools >&2
    mirror=$(chroot_mirror)
    rm -rf "$base"
    mkdir -p "$chroot_cache"
    echo "debootstrap --variant=minbase $suite from $mirror (once; cached in $base)" >&2
    debootstrap --variant=minbase "$suite" "$base" "$mirror" >"$chroot_cache/$suite-debootstrap.log" 2>&1 || {
        tail -n 20 "$chroot_cache/$suite-debootstrap.log" >&2
        return 1
    }
    # What every installed system has and debootstrap leaves out.
    printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' >"$base/etc/hosts"
    security=${mirror%/debian}/debian-security
    cat >"$base/etc/apt/sources.list" <<SOURCES
deb $mirror $suite main
deb $mirror $suite-updates main
deb $security $suite-security main
SOURCES
    # No documentation is filtered out: the man page must install and render as on a real system.
    rm -f "$base/etc/dpkg/dpkg.cfg.d/excludes"
    touch "$base/.flexo-complete"
    echo "$base"
}

chroot_mounted=()

# chroot_mount ROOT: /proc, /sys, /dev and /dev/pts inside ROOT, unmounted by chroot_unmount_all.
chroot_mount()
{
    local root=$1 what
    for what in proc sys dev dev/pts; do
        mkdir -p "$root/$what"
        mountpoint -q "$root/$what" && continue
        case $what in
            proc) mount -t proc proc "$root/proc" ;;
            sys) mount -t sysfs sys "$root/sys" ;;
            dev) mount --bind /dev "$root/dev" ;;
            dev/pts) mount -t devpts -o newinstance,ptmxmode=0666 devpts "$root/dev/pts" ;;
        esac
        chroot_mounted+=("$root/$what")
    done
}

# chroot_bind SOURCE ROOT/TARGET: a bind mount, unmounted by chroot_unmount_all.
chroot_bind()
{
    mkdir -p "$2"
    mount --bind "$1" "$2"
    chroot_mounted+=("$2")
}

chroot_unmount_all()
{
    local i
    for ((i = ${#chroot_mounted[@]} - 1; i >= 0; i--)); do
        umount -l "${chroot_mounted[$i]}" 2>/dev/null || true
    done
    chroot_mounted=()
}

# chroot_run ROOT COMMAND...: runs COMMAND in ROOT with a clean environment.
chroot_run()
{
    local root=$1
    shift
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"
}

# chroot_apt ROOT PACKAGES...: installs without recommends.
chroot_apt()
{
    local root=$1
    shift
    chroot_run "$root" apt-get install -y -q --no-install-recommends "$@"
}
