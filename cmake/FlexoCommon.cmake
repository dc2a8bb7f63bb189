# Settings shared by every target of the project.

function(flexo_apply_common_settings target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_MESSAGELOGCONTEXT
        QT_DISABLE_DEPRECATED_BEFORE=0x060400
        FLEXO_VERSION="${PROJECT_VERSION}")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual)
    # -Wshadow=local is GCC's spelling; Clang knows only the wider -Wshadow.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(${target} PRIVATE -Wshadow=local)
    endif()
    # Errors in the dev preset and CI (FLEXO_WARNINGS_AS_ERRORS=ON), warnings for everyone else, so a
    # newer compiler's new warning does not break a packager's build.
    if(FLEXO_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(FLEXO_SANITIZERS)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
endfunction()

include(${CMAKE_CURRENT_LIST_DIR}/FlexoModuleOrder.cmake)

# A part of the core: a static library under app/core/<name> that never links Widgets.
#   flexo_add_core_module(name SOURCES ... DEPENDS <lower core modules> LIBS <other libraries>)
# DEPENDS names the core modules the sources include; they are linked, and checked at configure time
# against the module order (FLEXO_CORE_MODULE_ORDER) and against the includes of the sources.
function(flexo_add_core_module name)
    cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS;LIBS" ${ARGN})
    flexo_check_module_order(MODULE ${name} DIR ${CMAKE_CURRENT_SOURCE_DIR}
        ORDER ${FLEXO_CORE_MODULE_ORDER} DEPENDS ${ARG_DEPENDS})
    list(TRANSFORM ARG_DEPENDS PREPEND flexo_core_ OUTPUT_VARIABLE dependencies)
    qt_add_library(flexo_core_${name} STATIC ${ARG_SOURCES})
    target_include_directories(flexo_core_${name} PUBLIC ${PROJECT_SOURCE_DIR}/app/core)
    target_link_libraries(flexo_core_${name} PUBLIC Qt6::Core ${dependencies} ${ARG_LIBS})
    flexo_apply_common_settings(flexo_core_${name})
    set_property(GLOBAL APPEND PROPERTY FLEXO_CORE_MODULES flexo_core_${name})
    set_property(GLOBAL PROPERTY FLEXO_CORE_DEPENDS_${name} ${ARG_DEPENDS})
endfunction()

# One Qt Test executable per unit.
#   flexo_add_test(tst_name SOURCES ... LIBS ... [GUI] [KEYRING] [TIMEOUT s] [ENV k=v ...])
# GUI: links widgets, runs on the offscreen platform.
# KEYRING: runs inside a private D-Bus session with an unlocked gnome-keyring; registered only with
# FLEXO_KEYRING_TESTS=ON (the dev preset and CI), which needs dbus-run-session and gnome-keyring-daemon.
function(flexo_add_test name)
    cmake_parse_arguments(ARG "GUI;KEYRING" "TIMEOUT" "SOURCES;LIBS;ENV" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    flexo_apply_common_settings(${name})
    target_compile_definitions(${name} PRIVATE
        FLEXO_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        FLEXO_BINARY_DIR="${PROJECT_BINARY_DIR}")
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set(home "${PROJECT_BINARY_DIR}/testhome/${name}")
    set(env
        "HOME=${home}"
        "XDG_CONFIG_HOME=${home}/.config"
        "XDG_DATA_HOME=${home}/.local/share"
        "XDG_CACHE_HOME=${home}/.cache"
        "XDG_RUNTIME_DIR=${home}/run"
        "no_proxy=127.0.0.1,localhost"
        "NO_PROXY=127.0.0.1,localhost"
        "QT_QPA_PLATFORM=offscreen"
        "LANG=C.UTF-8"
        ${ARG_ENV})
    set(prepare "rm -rf \"$HOME\" && mkdir -p \"$HOME/.cache\" \"$XDG_CONFIG_HOME\" \"$XDG_DATA_HOME\" \"$XDG_RUNTIME_DIR\" && chmod 700 \"$XDG_RUNTIME_DIR\"")
    if(ARG_KEYRING AND NOT FLEXO_KEYRING_TESTS)
        return()
    endif()
    if(ARG_KEYRING)
        add_test(NAME ${name}
            COMMAND ${FLEXO_DBUS_RUN_SESSION} -- sh -c
                "${prepare} && printf '%s' flexo-ci | ${FLEXO_GNOME_KEYRING_DAEMON} --unlock --components=secrets >/dev/null && exec \"$0\""
                $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name}
            COMMAND sh -c "${prepare} && exec \"$0\"" $<TARGET_FILE:${name}>)
    endif()
    set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT} ENVIRONMENT "${env}")
endfunction()
