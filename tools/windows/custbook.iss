; Inno Setup script for Custbook-VERSION-setup.exe (Inno Setup 6.3+, https://jrsoftware.org).
; tools\release.py runs it after PyInstaller has built build\release\custbook\:
;   ISCC.exe /DAppVersion=0.1.0 /DSourceDir=build\release\custbook ^
;            /DIconFile=build\release\icons\custbook.ico /DOutputDir=dist tools\windows\custbook.iss
; Per-user install (no administrator rights) into %LOCALAPPDATA%\Programs\Custbook,
; Start-menu and desktop shortcuts. Uninstall removes the program only: the book,
; its backups and settings in %LOCALAPPDATA%\Custbook are never touched.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\release\custbook"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\release\icons\custbook.ico"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
AppId={{6B1E7A52-3C0D-4E8B-9C1B-2F0B6D7C4A11}
AppName=Custbook
AppVersion={#AppVersion}
AppPublisher=Custbook
DefaultDirName={localappdata}\Programs\Custbook
DefaultGroupName=Custbook
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=Custbook-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\Custbook.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Simplified Chinese is an unofficial Inno Setup translation: used when it has been put
; into Inno Setup's Languages folder (https://jrsoftware.org/files/istrans/), else English only.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; an upgrade replaces the program folder whole (never the book: it is not in {app})
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Custbook"; Filename: "{app}\Custbook.exe"
Name: "{group}\{cm:UninstallProgram,Custbook}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\Custbook"; Filename: "{app}\Custbook.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Custbook.exe"; Description: "{cm:LaunchProgram,Custbook}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry for {localappdata}\Custbook: the book and its backups stay.
