# One module that breaks the order, written into WORK_DIR, and the configure-time check run on it:
# the check must stop with a message that names the file and the include.
#   cmake -DCASE=upward-include|undeclared-include|upward-dependency -DWORK_DIR=<dir> -P this file
include(${CMAKE_CURRENT_LIST_DIR}/../../cmake/FlexoModuleOrder.cmake)
set(order common config secrets net cloud auth graph checks)
file(REMOVE_RECURSE "${WORK_DIR}")
if(CASE STREQUAL "upward-include")
    file(WRITE "${WORK_DIR}/net/Probe.cpp" "#include \"net/Probe.h\"\n#include \"checks/Check.h\"\n")
    flexo_check_module_order(MODULE net DIR "${WORK_DIR}/net" ORDER ${order} DEPENDS common)
elseif(CASE STREQUAL "undeclared-include")
    file(WRITE "${WORK_DIR}/graph/Probe.h" "#pragma once\n#include \"net/HttpClient.h\"\n#include \"config/ConfigPaths.h\"\n")
    flexo_check_module_order(MODULE graph DIR "${WORK_DIR}/graph" ORDER ${order} DEPENDS common net cloud)
elseif(CASE STREQUAL "upward-dependency")
    file(MAKE_DIRECTORY "${WORK_DIR}/net")
    flexo_check_module_order(MODULE net DIR "${WORK_DIR}/net" ORDER ${order} DEPENDS common auth)
endif()
message(STATUS "no refusal for ${CASE}")
