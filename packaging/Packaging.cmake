# Desktop integration and a Debian package (cpack -G DEB). Windows notes: build with the same CMake, deploy
# with windeployqt from an install(CODE) step, package with WiX v3 (CPACK_WIX_UPGRADE_GUID fixed below).
include(GNUInstallDirs)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/org.creditcase.CreditCase.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/org.creditcase.CreditCase.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/org.creditcase.CreditCase.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

set(CPACK_PACKAGE_NAME creditcase)
set(CPACK_PACKAGE_VENDOR "CreditCase")
set(CPACK_PACKAGE_CONTACT "CreditCase maintainers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Lawful case management for public credit information")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6")
set(CPACK_WIX_UPGRADE_GUID "6F1B8E52-3C1D-4E7A-9B55-2D0C1E7A4F10")
include(CPack)
