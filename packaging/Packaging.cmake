# Desktop integration and a Debian package (cpack -G DEB) that lintian accepts: stripped programs with their debug
# symbols split into creditcase-dbgsym, a machine-readable copyright file, changelog.Debian.gz, manual pages, a real
# maintainer, an extended description and a proper section. Made only from a tree configured without the test hooks
# (see CMakeLists.txt); tests/package/lint_deb.sh builds such a tree, packages it and runs lintian.
# Windows notes: build with the same CMake, deploy with windeployqt from an install(CODE) step, package with WiX v3
# (CPACK_WIX_UPGRADE_GUID fixed below).
include(GNUInstallDirs)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/org.creditcase.CreditCase.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/org.creditcase.CreditCase.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/org.creditcase.CreditCase.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# Manual pages and the Debian changelog are installed compressed, without a timestamp in the gzip header (-n), so
# that two builds of the same sources give the same package.
find_program(CREDITCASE_GZIP gzip REQUIRED)
set(creditcase_packaging_out ${CMAKE_BINARY_DIR}/packaging)
set(creditcase_packaging_files)
foreach(source IN ITEMS man/creditcase.1 man/creditcase-cli.1 debian/changelog)
    get_filename_component(name ${source} NAME)
    if(name STREQUAL "changelog")
        set(name changelog.Debian)
    endif()
    set(output ${creditcase_packaging_out}/${name}.gz)
    add_custom_command(OUTPUT ${output}
                       COMMAND ${CMAKE_COMMAND} -E make_directory ${creditcase_packaging_out}
                       COMMAND ${CREDITCASE_GZIP} -9nc ${CMAKE_CURRENT_LIST_DIR}/${source} > ${output}
                       DEPENDS ${CMAKE_CURRENT_LIST_DIR}/${source}
                       COMMENT "Compressing ${source}")
    list(APPEND creditcase_packaging_files ${output})
endforeach()
add_custom_target(creditcase_packaging_files ALL DEPENDS ${creditcase_packaging_files})
install(FILES ${creditcase_packaging_out}/creditcase.1.gz ${creditcase_packaging_out}/creditcase-cli.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/debian/copyright ${creditcase_packaging_out}/changelog.Debian.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/creditcase)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/debian/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
        RENAME creditcase)

set(CPACK_PACKAGE_NAME creditcase)
set(CPACK_PACKAGE_VENDOR "CreditCase")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "CreditCase maintainers <maintainers@users.noreply.r-seed-16fd127f.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "case management for public credit information")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Not CPACK_STRIP_FILES: CPackDeb splits the debug symbols off first (objcopy --only-keep-debug), then strips.
set(CPACK_STRIP_FILES OFF)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# The revision must match the top entry of packaging/debian/changelog.
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the extended description (lines under 80 columns).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "CreditCase helps the officers of a public body record untrustworthy conduct
on a legally effective basis document, designate subjects onto the lists of
the seriously untrustworthy (notice, objection, re-examination, decision) and
handle credit restoration, and it helps supervisors, auditors and
administrators oversee that work.
.
Every act is checked against versioned rule data and refused with its legal
citation where the law does not allow it; deadlines are counted in working or
calendar days on the published holiday schedules; every act is written to a
hash-chained audit log and every reading of a record to an inquiry register.
All data lives in one always-encrypted vault file.
.
This package contains the desktop client (creditcase) and the command line
(creditcase-cli).")
# dpkg-shlibdeps derives the libraries' packages from the programs (libqt6*, libsqlcipher0, libsodium23, and
# libpoppler-qt6-3 for the attachment viewer, from its symbols file); only what is loaded at run time without being
# linked is listed by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Stripped programs in the package, their symbols in creditcase-dbgsym (a .ddeb beside it).
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)
set(CPACK_WIX_UPGRADE_GUID "6F1B8E52-3C1D-4E7A-9B55-2D0C1E7A4F10")
include(CPack)
