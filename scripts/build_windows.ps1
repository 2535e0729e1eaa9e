# Build the Windows one-folder app and its installer, then smoke-test the built program:
#
#     powershell -ExecutionPolicy Bypass -File scripts\build_windows.ps1
#
# Needs: Python 3.11+ (the `py` launcher or python.exe on PATH) and Inno Setup 6.3+ (ISCC.exe;
# its Languages folder holds ChineseSimplified.isl). Output:
#     dist\station-desk\                                  the program folder
#     dist\station-desk-<version>-windows-x64-setup.exe   the installer
# The version comes from station_desk.__version__ only and is passed to ISCC as /DAppVersion.
# The program is windowed (no console), so its --self-test writes its report to a file too.
param(
    [string]$Python = "",
    [string]$Iscc = ""
)
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root
$Watch = [Diagnostics.Stopwatch]::StartNew()
function Step($text) { Write-Host ("[build {0,4}s] {1}" -f [int]$Watch.Elapsed.TotalSeconds, $text) }
function Check($what) { if ($LASTEXITCODE -ne 0) { throw "$what failed (exit $LASTEXITCODE)" } }

Step "build venv (.venv-build)"
if (-not $Python) {
    if (Get-Command py -ErrorAction SilentlyContinue) { $Python = "py -3" } else { $Python = "python" }
}
$Venv = Join-Path $Root ".venv-build"
if (-not (Test-Path "$Venv\Scripts\python.exe")) { Invoke-Expression "$Python -m venv `"$Venv`""; Check "venv" }
$Py = "$Venv\Scripts\python.exe"
& $Py -m pip install -q --upgrade pip; Check "pip upgrade"
& $Py -m pip install -q -e "$Root[build]"; Check "pip install"
$Version = (& $Py -c "import station_desk; print(station_desk.__version__)").Trim(); Check "version"

Step "translations (.ts -> .qm)"
if (Test-Path "scripts\build_translations.py") {
    & $Py scripts\build_translations.py --check; Check "translations"
} else {
    & $Py -c "from station_desk.ui.i18n import ensure_qm; [ensure_qm(l) for l in ('zh', 'en')]"; Check "translations"
}

Step "PyInstaller one-folder build of Station Desk $Version"
$Cache = if ($env:STATION_DESK_BUILD_CACHE) { $env:STATION_DESK_BUILD_CACHE } else { Join-Path $env:LOCALAPPDATA "station-desk\build-cache" }
New-Item -ItemType Directory -Force -Path $Cache | Out-Null
& $Py -m PyInstaller installer\station-desk.spec --noconfirm --log-level WARN --distpath dist --workpath "$Cache\pyinstaller-work"
Check "PyInstaller"

Step "smoke test: dist\station-desk\StationDesk.exe --self-test"
$Report = Join-Path $env:TEMP "station-desk-selftest-$PID.txt"
$Proc = Start-Process -FilePath "dist\station-desk\StationDesk.exe" -ArgumentList @("--self-test", "--report", "`"$Report`"") -Wait -PassThru -NoNewWindow
if (Test-Path $Report) { Get-Content -Encoding UTF8 $Report | Write-Host; Remove-Item $Report }
if ($Proc.ExitCode -ne 0) { throw "self-test failed with exit code $($Proc.ExitCode)" }

Step "installer (Inno Setup)"
if (-not $Iscc) {
    $Iscc = @(
        (Get-Command ISCC.exe -ErrorAction SilentlyContinue | ForEach-Object { $_.Source }),
        "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
        "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
        "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"
    ) | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
}
if (-not $Iscc) { throw "ISCC.exe (Inno Setup 6) not found; install it or pass -Iscc PATH" }
$Isl = Join-Path (Split-Path $Iscc) "Languages\ChineseSimplified.isl"
if (-not (Test-Path $Isl)) { throw "$Isl is missing: Inno Setup 6.3+ ships it" }
& $Iscc /Q "/DAppVersion=$Version" installer\station-desk.iss; Check "ISCC"

$Setup = "dist\station-desk-$Version-windows-x64-setup.exe"
$Size = "{0:N0} MiB" -f ((Get-Item $Setup).Length / 1MB)
Step "done: $Setup ($Size)"
