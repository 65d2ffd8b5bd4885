; The desk's Windows setup: wraps the PyInstaller bundle (installer/windows/build.py passes
; VERSION, VERSION4, BUNDLE and OUTFILE with -D). Built by Debian's makensis on Linux.
;
;   desk-app-setup-VERSION.exe                 per machine (Program Files) when run as administrator,
;                                              else per user (%LOCALAPPDATA%\Programs\desk-app)
;   /S                                         silent; /CurrentUser or /AllUsers choose the mode
;   uninstall.exe /S                           keeps the data folder (%LOCALAPPDATA%\desk-app)
;   uninstall.exe /S /DELETEDATA               also deletes it (asked, default "Không", when not silent)
;
; Installing over an older version replaces the program and keeps the data, which the desk
; migrates when it first opens it.

Unicode true
Target amd64-unicode  ; Debian's makensis builds 32-bit setups unless told
SetCompressor /SOLID lzma
ManifestDPIAware true
RequestExecutionLevel user  ; MultiUser raises it when an administrator runs the setup

!define APP_NAME "Bộ phận một cửa"
!define APP_ID "desk-app"
!define PUBLISHER "desk_app"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"

!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP_ID}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallLocation"
!include MultiUser.nsh
!include MUI2.nsh
!include FileFunc.nsh
!include x64.nsh

Name "${APP_NAME}"
OutFile "${OUTFILE}"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "FileDescription" "Cài đặt ${APP_NAME} (desk-app)"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}, giấy phép MIT"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"

!define MUI_ICON "${BUNDLE}\_internal\assets\icons\desk-app.ico"
!define MUI_UNICON "${BUNDLE}\_internal\assets\icons\desk-app.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\desk-app.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Mở ${APP_NAME}"

!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Vietnamese"

Function .onInit
  !insertmacro MULTIUSER_INIT
FunctionEnd

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
FunctionEnd

Section "Chương trình" SecProgram
  SectionIn RO
  ; An upgrade: the old program goes first, so no file of it lingers beside the new one.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; Shortcuts in the install mode's Start menu and desktop (all users or this user).
  CreateDirectory "$SMPROGRAMS\${APP_NAME}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk" "$INSTDIR\desk-app.exe" "" "$INSTDIR\desk-app.exe" 0
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\Gỡ cài đặt ${APP_NAME}.lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\desk-app.exe" "" "$INSTDIR\desk-app.exe" 0

  ; Programs and Features (HKLM per machine, HKCU per user: SHCTX follows the mode).
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\desk-app.exe"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "Uninstall"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  RMDir /r "$SMPROGRAMS\${APP_NAME}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\desk-app.exe"
  Delete "$INSTDIR\desk-app-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"

  ; The unit's record stays unless the officer says otherwise (silent: only with /DELETEDATA).
  SetShellVarContext current
  StrCpy $1 "$LOCALAPPDATA\${APP_ID}"
  IfFileExists "$1\*.*" 0 done
  ${GetOptions} $CMDLINE "/DELETEDATA" $0
  IfErrors 0 delete
  MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "Xóa cả dữ liệu của đơn vị trong $1 (hồ sơ, bản sao lưu, khóa của đơn vị)?$\r$\n$\r$\nChọn Không để giữ lại: cài lại chương trình sẽ dùng tiếp dữ liệu này." /SD IDNO IDYES delete
  Goto done
  delete:
    RMDir /r "$1"
  done:
SectionEnd
