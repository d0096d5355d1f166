#!/usr/bin/env bash
# Regenerates the first part of src/CircularPark/Accounts/CommonPasswords.txt: the 10,000 most common passwords of
# zxcvbn 4.4.2's frequency list (MIT), fetched with npm. The Chinese supplement at the end of the file is kept by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack zxcvbn@4.4.2 --silent >/dev/null && tar xzf zxcvbn-4.4.2.tgz)
node -e 'const f=require(process.argv[1]); process.stdout.write(f.passwords.slice(0,10000).join("\n")+"\n")' \
  "$work/package/lib/frequency_lists.js" > "$work/top.txt"
file=src/CircularPark/Accounts/CommonPasswords.txt
{ grep '^#' "$file"; cat "$work/top.txt"; sed -n '/^woaini1314$/,$p' "$file"; } > "$work/new.txt"
mv "$work/new.txt" "$file"
echo "$(grep -vc '^#' "$file") passwords in $file"
