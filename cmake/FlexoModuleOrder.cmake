# The module order of app/core (docs/architecture.md): each module includes and links only the modules
# it declares, and those come before it in the order. Nothing in app/core includes the command line or
# the widgets. Used at configure time by flexo_add_core_module() and, in script mode, by the
# module_order tests:
#   cmake -DFLEXO_MODULE_TABLE=<file written at configure time> -DFLEXO_CORE_DIR=<app/core> -P this file
cmake_minimum_required(VERSION 3.25)

# Fails with a message naming the file and the include when `module` breaks the order.
#   ORDER: every core module, lowest first. DEPENDS: the modules `module` declares. DIR: its folder.
function(flexo_check_module_order)
    cmake_parse_arguments(ARG "" "MODULE;DIR" "ORDER;DEPENDS" ${ARGN})
    string(JOIN " < " orderText ${ARG_ORDER})
    list(FIND ARG_ORDER "${ARG_MODULE}" position)
    if(position EQUAL -1)
        message(FATAL_ERROR "app/core/${ARG_MODULE} is not in the module order (${orderText})")
    endif()
    foreach(dependency IN LISTS ARG_DEPENDS)
        list(FIND ARG_ORDER "${dependency}" dependencyPosition)
        if(dependencyPosition EQUAL -1 OR NOT dependencyPosition LESS position)
            message(FATAL_ERROR "app/core/${ARG_MODULE} depends on \"${dependency}\", which does not come "
                "before it in the module order (${orderText})")
        endif()
    endforeach()
    set(allowed ${ARG_MODULE} ${ARG_DEPENDS})
    set(guarded ${ARG_ORDER} cli ui)
    file(GLOB sources "${ARG_DIR}/*.h" "${ARG_DIR}/*.cpp")
    foreach(source IN LISTS sources)
        file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"[A-Za-z_]+/")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([A-Za-z_]+)/.*$" "\\1" included "${line}")
            if(included IN_LIST guarded AND NOT included IN_LIST allowed)
                get_filename_component(name "${source}" NAME)
                string(JOIN ", " allowedText ${allowed})
                message(FATAL_ERROR "app/core/${ARG_MODULE}/${name} includes \"${included}/...\", but "
                    "app/core/${ARG_MODULE} may include only ${allowedText} (module order: ${orderText}). "
                    "Move the code to the lower module, or pass what it needs in from above; see "
                    "docs/architecture.md.")
            endif()
        endforeach()
    endforeach()
endfunction()

# Script mode: check every module of the table against the sources as they are now.
if(CMAKE_SCRIPT_MODE_FILE AND DEFINED FLEXO_MODULE_TABLE)
    include("${FLEXO_MODULE_TABLE}")
    foreach(module IN LISTS FLEXO_CORE_MODULE_ORDER)
        flexo_check_module_order(MODULE ${module} DIR "${FLEXO_CORE_DIR}/${module}"
            ORDER ${FLEXO_CORE_MODULE_ORDER} DEPENDS ${FLEXO_CORE_DEPENDS_${module}})
    endforeach()
    message(STATUS "module order kept: ${FLEXO_CORE_MODULE_ORDER}")
endif()
