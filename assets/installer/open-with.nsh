; Included by the NSIS installer (electron-builder.yml: nsis.include).
;
; Registers Pod Builder under "Open with" for .yaml and .yml files, never as their default
; program: the default value of HKCU\Software\Classes\.yaml (the program a double-click starts)
; is left as it was. electron-builder's own fileAssociations would write that value, so
; electron-builder.yml gives Windows none and this file does the registration instead.

!define POD_BUILDER_PROGID "PodBuilder.Manifest"
!define POD_BUILDER_APP_KEY "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}"

!macro podBuilderOpenWith EXT
  WriteRegNone SHELL_CONTEXT "Software\Classes\.${EXT}\OpenWithProgids" "${POD_BUILDER_PROGID}"
  WriteRegStr SHELL_CONTEXT "${POD_BUILDER_APP_KEY}\SupportedTypes" ".${EXT}" ""
!macroend

!macro podBuilderNoOpenWith EXT
  DeleteRegValue SHELL_CONTEXT "Software\Classes\.${EXT}\OpenWithProgids" "${POD_BUILDER_PROGID}"
!macroend

!macro customInstall
  WriteRegStr SHELL_CONTEXT "Software\Classes\${POD_BUILDER_PROGID}" "" "Kubernetes manifest (YAML)"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${POD_BUILDER_PROGID}\DefaultIcon" "" "$appExe,0"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${POD_BUILDER_PROGID}\shell\open" "" "Open with Pod Builder"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${POD_BUILDER_PROGID}\shell\open\command" "" '"$appExe" "%1"'
  WriteRegStr SHELL_CONTEXT "${POD_BUILDER_APP_KEY}\shell\open\command" "" '"$appExe" "%1"'
  !insertmacro podBuilderOpenWith "yaml"
  !insertmacro podBuilderOpenWith "yml"
  ; SHCNE_ASSOCCHANGED, SHCNF_FLUSH: Explorer rereads the associations.
  System::Call "shell32::SHChangeNotify(i 0x08000000, i 0x1000, i 0, i 0)"
!macroend

!macro customUnInstall
  !insertmacro podBuilderNoOpenWith "yaml"
  !insertmacro podBuilderNoOpenWith "yml"
  DeleteRegKey SHELL_CONTEXT "Software\Classes\${POD_BUILDER_PROGID}"
  DeleteRegKey SHELL_CONTEXT "${POD_BUILDER_APP_KEY}"
  System::Call "shell32::SHChangeNotify(i 0x08000000, i 0x1000, i 0, i 0)"
!macroend
