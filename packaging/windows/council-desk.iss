; Inno Setup 6 script: Council Desk for one Windows user, no administrator rights needed.
; Built by `./dev package` on Windows (packaging/build.py passes the defines below), or by hand:
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\council-desk /DOutputDir=..\..\dist council-desk.iss
; Silent install for IT: CouncilDesk-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES
; Silent uninstall: unins000.exe /VERYSILENT [/REMOVEDATA=yes]   (keeps this PC's case data unless REMOVEDATA=yes)

#ifndef AppVersion
  #error Pass /DAppVersion=<version from pyproject.toml>
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\council-desk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; Never change AppId: Windows knows the installed app (and its upgrades) by it.
AppId={{6F1D4C2A-3B8E-4E7A-9C51-2D0B7A9E3F10}
AppName=Council Desk
AppVersion={#AppVersion}
AppVerName=Council Desk {#AppVersion}
AppPublisher=New York City Council district offices
VersionInfoVersion={#AppVersion}
VersionInfoProductName=Council Desk
VersionInfoDescription=Council Desk installer
; Per-user: {autopf} is %LOCALAPPDATA%\Programs with lowest privileges; nothing is written for other users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DefaultDirName={autopf}\Council Desk
DefaultGroupName=Council Desk
DisableProgramGroupPage=yes
DisableDirPage=auto
OutputDir={#OutputDir}
OutputBaseFilename=CouncilDesk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\council-desk.ico
UninstallDisplayIcon={app}\CouncilDesk.exe
UninstallDisplayName=Council Desk
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An upgrade closes a running Council Desk first (its files are in use), and replaces the whole folder.
CloseApplications=yes
RestartApplications=no

[InstallDelete]
; The one-folder build's files change names between versions: remove the old version's before copying the new.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\policy.ini.example"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\Council Desk"; Filename: "{app}\CouncilDesk.exe"; Comment: "Consented 311 complaints for your district office"

[Run]
Filename: "{app}\CouncilDesk.exe"; Description: "Start Council Desk"; Flags: nowait postinstall skipifsilent

[Code]
// Uninstall: ask whether to remove this PC's case data too, and if so run the app's own "remove data from
// this PC" for every account (council-desk sign-out --all --remove-data --yes): keys out of the Credential
// Manager, then the cache files. It runs before the program files are deleted, since it is the program that does it.
function RemoveDataWanted(): Boolean;
begin
  if UninstallSilent() then
    Result := CompareText(ExpandConstant('{param:REMOVEDATA|no}'), 'yes') = 0
  else
    Result := MsgBox('Also remove the case data Council Desk keeps on this PC for your Windows account?' + #13#10#13#10 +
      'Choose Yes if this PC will not be used for Council Desk again. Anything you logged that was not yet ' +
      'sent to 311 is lost. Choose No to keep it for a later reinstall.',
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  ResultCode: Integer;
begin
  if CurUninstallStep = usUninstall then
  begin
    if RemoveDataWanted() then
    begin
      if not Exec(ExpandConstant('{app}\council-desk.exe'), 'sign-out --all --remove-data --yes', '',
                  SW_HIDE, ewWaitUntilTerminated, ResultCode) or (ResultCode <> 0) then
        SuppressibleMsgBox('Council Desk could not remove all of its case data (code ' + IntToStr(ResultCode) +
          '). Ask your IT support; the files are in %LOCALAPPDATA%\CouncilDesk.', mbError, MB_OK, IDOK);
    end;
  end;
end;
