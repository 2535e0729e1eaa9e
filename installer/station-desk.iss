; Inno Setup 6 script: the Windows installer for Station Desk (服务站工作台).
;
; Built by scripts\build_windows.ps1, which first makes the PyInstaller one-folder program
; (dist\station-desk\) and passes the version, read from station_desk.__version__, the only
; place it is written:
;     ISCC.exe /DAppVersion=x.y.z installer\station-desk.iss
; Output: dist\station-desk-<version>-windows-x64-setup.exe
;
; Data is per machine, not per Windows account: a station PC is shared by several staff who
; each sign in to the same vault with their own Station Desk account. The installer creates
; %ProgramData%\StationDesk\station-desk (Qt's per-machine AppDataLocation for organisation
; "StationDesk", application "station-desk") and lets every local user write there; the
; vault is encrypted and each person's access is by key slot, not by Windows permissions.
;
; Uninstalling NEVER deletes that folder or anything in it. The vault is the station's only
; copy of confidential counselling records that the station must keep for years (档案保密与
; 保存制度); an uninstall is often just a step in an upgrade, a repair or a move to a new PC,
; and a program removal must not be able to destroy records. The files stay encrypted at
; rest; removing them is a deliberate act for the station admin, after a backup, by hand.
; So: the data folder is [Dirs] with uninsneveruninstall, there is no [UninstallDelete] entry,
; and the uninstaller says where the data was left.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (scripts\build_windows.ps1 reads station_desk.__version__)
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\station-desk"
#endif
#define AppName "Station Desk"
#define AppNameZh "服务站工作台"
#define AppExe "StationDesk.exe"
#define DataDir "{commonappdata}\StationDesk"

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{5C3E2D1A-7B64-4F0E-9A8B-3D2F6C1E8A47}
AppName={#AppNameZh} {#AppName}
AppVersion={#AppVersion}
AppVerName={#AppNameZh} {#AppName} {#AppVersion}
AppPublisher=Station Desk
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\StationDesk
DefaultGroupName={#AppNameZh}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=station-desk-{#AppVersion}-windows-x64-setup
SetupIconFile=..\resources\icons\station-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppNameZh} {#AppName}
LicenseFile=..\resources\licenses\Apache-2.0.txt
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Chinese is the installer's language on every Windows; `setup.exe /LANG=english` for English.
ShowLanguageDialog=no
LanguageDetectionMethod=none
; Close a running copy before replacing its files (Restart Manager), reopen it afterwards.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.DataKept=程序已卸载。保险库和备份没有删除，仍在：%n%1%n%n这些文件是加密的。如确实不再需要，请先备份，再由站长手动删除。
english.DataKept=The program was removed. The vault and backups were NOT deleted; they are in:%n%1%n%nThey are encrypted. If they are truly no longer needed, back them up first; the station admin then deletes them by hand.
chinesesimplified.StartMenuUninstall=卸载 {#AppNameZh}
english.StartMenuUninstall=Uninstall {#AppName}
chinesesimplified.StartMenuComment=职工心理健康服务站加密记录系统
english.StartMenuComment=Encrypted records for staff mental-health service stations

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Dirs]
; Per-machine data; uninsneveruninstall: see the header.
Name: "{#DataDir}"; Permissions: users-modify; Flags: uninsneveruninstall
Name: "{#DataDir}\station-desk"; Permissions: users-modify; Flags: uninsneveruninstall

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program folder's contents wholesale, so files a newer build no longer
; ships do not linger in _internal. Only {app}: never the data folder.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppNameZh}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{cm:StartMenuComment}"
Name: "{group}\{cm:StartMenuUninstall}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppNameZh}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppNameZh}}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(ExpandConstant('{#DataDir}')) then
    if not UninstallSilent then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{#DataDir}')]),
             mbInformation, MB_OK);
end;
