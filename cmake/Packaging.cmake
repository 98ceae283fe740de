# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration and the Debian package.
#
# `cmake --install` puts a working application in the prefix: the binaries
# (install() rules next to each target: smsconsole, smsctl, sms-sandbox), the
# .desktop file and the icon in every size the hicolor theme knows it at.
# Translations are compiled into the binaries, so there is no separate file
# to install. `cpack` (or `cmake --build <dir> --target package`) turns the
# same install tree into a .deb whose dependencies dpkg-shlibdeps works out
# from the binaries.

include(GNUInstallDirs)

install(FILES ${PROJECT_SOURCE_DIR}/resources/smsconsole.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
foreach(size 48 128 256)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/smsconsole.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/smsconsole.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# The licence, where Debian policy wants it: every package carries its
# copyright file under /usr/share/doc/<package>/.
install(FILES ${PROJECT_SOURCE_DIR}/resources/debian/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/smsconsole)

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "smsconsole")
set(CPACK_PACKAGE_VENDOR "SMS Console")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "smsconsole")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_NAME "smsconsole")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "SMS Console maintainers <maintainers@smsconsole.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# The summary line comes from CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the
# long description under it.
set(CPACK_PACKAGE_DESCRIPTION
    "Compose SMS campaigns, watch signature and template approval, and troubleshoot failed sends against a service that speaks the SMS API version 2021-01-11. Includes smsctl (command line) and sms-sandbox (a local simulation of the service).")
# Library dependencies from the binaries themselves (dpkg-shlibdeps).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Not found by shlibdeps: the keychain daemon is talked to over D-Bus, and the
# Chinese interface needs a CJK font.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, fonts-noto-cjk")

include(CPack)
