"""Fails when a target's Swift files import one of the package's modules (or a package product) that the
target does not list in Package.swift, or list a module none of its files import: Package.swift then says
what each module imports. Run from the package root: python3 Tests/check_imports.py (make check-imports).
Executable targets a test target depends on only to build the binary it runs (TouchstoneCLITests runs
`touchstone`) are allowed without an import."""
import glob
import json
import re
import subprocess
import sys

BUILD_ONLY = {("TouchstoneCLITests", "TouchstoneCLI")}

package = json.loads(subprocess.run(["swift", "package", "dump-package"], capture_output=True, text=True, check=True).stdout)
modules = {t["name"] for t in package["targets"]}
products = set()
for t in package["targets"]:
    for d in t["dependencies"]:
        if "product" in d:
            products.add(d["product"][0])
status = 0
for t in package["targets"]:
    if t["type"] == "system":
        continue
    declared = {list(d.values())[0][0] for d in t["dependencies"]}
    path = t.get("path") or ("Tests/" if t["type"] == "test" else "Sources/") + t["name"]
    imported = set()
    for f in glob.glob(path + "/**/*.swift", recursive=True):
        for line in open(f, encoding="utf-8"):
            m = re.match(r"\s*(?:@testable\s+)?(?:public\s+|internal\s+|package\s+)?import\s+(\w+)", line)
            if m and (m.group(1) in modules or m.group(1) in products):
                imported.add(m.group(1))
    missing = imported - declared - {t["name"]}
    unused = {d for d in declared - imported if (t["name"], d) not in BUILD_ONLY}
    if missing or unused:
        status = 1
        print(f"error: {t['name']}: imported but not declared {sorted(missing)}, declared but not imported {sorted(unused)}", file=sys.stderr)
print("Package.swift declares what each target imports" if status == 0 else "Fix: make Package.swift list exactly what the files import")
sys.exit(status)
