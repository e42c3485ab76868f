# SPDX-License-Identifier: GPL-3.0-or-later
#
# hostdeck_add_test(NAME tst_foo SOURCES tst_foo.cpp LIBS hostdeck_model [DATABASE] [GUI] [LABELS ...])
# Labels: "unit" (no database, no peer: added by itself), "database" (DATABASE),
# "gui" (GUI), "integration" (starts a real peer or fake server: given by the caller),
# "soak" (a long test that the default run leaves out; scripts/soak.sh runs it).
#
# One Qt Test executable per unit. DATABASE tests share the throw-away cluster
# that the "pg" ctest fixture starts once per test run (each test creates its
# own database in it); GUI tests run on the offscreen platform.
function(hostdeck_add_test)
    cmake_parse_arguments(T "DATABASE;GUI" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${T_NAME} ${T_SOURCES})
    set_target_properties(${T_NAME} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test hostdeck_warnings hostdeck_testsupport ${T_LIBS})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set(env "QT_QPA_PLATFORM=offscreen" "HOSTDECK_TEST_CLUSTER=${HOSTDECK_TEST_CLUSTER_DIR}"
            "QT_LOGGING_RULES=qt.qpa.*=false")
    # Soak tests (LABELS soak) are long and run only when asked for (scripts/soak.sh);
    # every ctest run elsewhere excludes the label.
    if("soak" IN_LIST T_LABELS)
        set(labels ${T_LABELS})
        set(timeout 3600)
        list(APPEND env "QTEST_FUNCTION_TIMEOUT=3600000")
    else()
        set(labels ${T_LABELS})
        set(timeout 600)
        # "unit": needs no database and starts no peer (ctest -L unit is the quick loop).
        if(NOT T_DATABASE AND NOT "integration" IN_LIST T_LABELS)
            list(APPEND labels unit)
        endif()
    endif()
    if(T_DATABASE)
        set_tests_properties(${T_NAME} PROPERTIES FIXTURES_REQUIRED pg)
        list(APPEND labels database)
    endif()
    if(T_GUI)
        list(APPEND labels gui)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "${env}" LABELS "${labels}" TIMEOUT ${timeout})
endfunction()
