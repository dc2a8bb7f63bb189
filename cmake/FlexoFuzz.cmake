# FLEXO_FUZZ: every target is compiled for libFuzzer with AddressSanitizer and UndefinedBehaviorSanitizer
# (coverage instrumentation only; the fuzz_* executables under tests/fuzz link the fuzzer itself).
# Clang only: scripts/fuzz configures the "fuzz" preset with clang-16.
if(FLEXO_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "FLEXO_FUZZ needs clang (libFuzzer); run scripts/fuzz, which uses clang-16")
    endif()
    if(NOT FLEXO_BUILD_TESTS)
        message(FATAL_ERROR "FLEXO_FUZZ needs FLEXO_BUILD_TESTS: the fuzz targets live under tests/fuzz")
    endif()
    # UB stops the run like a crash, so that libFuzzer keeps the input.
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)

    # The warning flags of flexo_apply_common_settings are GCC's: clang does not know some and reads
    # others differently (its -Wpedantic flags Qt's own qCDebug(category) << ...). The dev build keeps
    # warnings as errors; here they are only shown. Appended once every target exists, so that it comes
    # after each target's -Werror.
    function(flexo_fuzz_relax_warnings dir)
        get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
        foreach(target IN LISTS targets)
            get_target_property(type ${target} TYPE)
            if(type MATCHES "^(EXECUTABLE|STATIC_LIBRARY|SHARED_LIBRARY|MODULE_LIBRARY|OBJECT_LIBRARY)$")
                target_compile_options(${target} PRIVATE -Wno-error -Wno-unknown-warning-option)
            endif()
        endforeach()
        get_property(subdirectories DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
        foreach(subdirectory IN LISTS subdirectories)
            flexo_fuzz_relax_warnings(${subdirectory})
        endforeach()
    endfunction()
    cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL flexo_fuzz_relax_warnings ${CMAKE_SOURCE_DIR})
endif()
