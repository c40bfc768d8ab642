#!/bin/sh
# Freeze the current build into a folder (default /tmp/corpuslint-snapshot) so that a benchmark measures
# one version of the code while the checkout keeps changing: dist/, rules/data, package.json, and a link
# to node_modules.
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-/tmp/corpuslint-snapshot}
rm -rf "$out"
mkdir -p "$out/rules"
cp -r "$root/dist" "$out/dist"
cp -r "$root/rules/data" "$out/rules/data"
cp "$root/package.json" "$out/package.json"
ln -s "$root/node_modules" "$out/node_modules"
echo "$out"
