#!/usr/bin/env bash
# Lines in src/ and scripts/, code and CSS apart, with and without the features built on the edition
# refactor, for comparison with the tree the refactor began from (32e1ab7).
#
#   code      what `git ls-files src scripts | grep -v '\.css$' | xargs cat | wc -l` counts, less the
#             <style> blocks of .astro files (those are CSS wherever they are written)
#   CSS       .css files and the <style> blocks
#   features  the commits that added the four features built on the refactor (the translation and its
#             checks, the briefing's voice, hosting, the English edition): every commit in
#             32e1ab7..09f73bf that is not one of the refactor's, listed below. "Without them" is the
#             count less what they added net (lines after less lines before, file by file), so a core
#             line a feature rewrote still counts as the core's.
#
# Usage: npm run bench:code   (counts the working tree; needs the history back to 32e1ab7)
set -euo pipefail
cd "$(dirname "$0")/../.."

BASE=32e1ab7
FEATURES_END=09f73bf
# The edition refactor's commits in that range: the resolver, its tests, the synthetic numerals,
# tracker-free comments, styles beside their components, the design notes, one formatting fix.
REFACTOR="8d881ac b5903ad 8300c4c f5ccbfd 1e6f92e c8c0a1a 735f36d f551a67 383f8df b69f380 e64f5c4 6180270 f149046"

for rev in "$BASE" "$FEATURES_END"; do
  git cat-file -e "$rev^{commit}" 2>/dev/null || { echo "bench:code: commit $rev is not in this clone (a shallow clone?); fetch the full history" >&2; exit 1; }
done

# "code css": the lines of one file read on stdin, named $1.
split() {
  awk -v f="$1" '
    BEGIN { n = 0; c = 0 }
    { if (f ~ /\.css$/) { c++; next }
      if (f ~ /\.astro$/ && $0 ~ /<style/) s = 1
      if (s) { c++; if ($0 ~ /<\/style>/) s = 0; next }
      n++ }
    END { print n, c }'
}

code=0 css=0
for f in $(git ls-files src scripts); do
  [ -f "$f" ] || continue
  read -r n c <<<"$(split "$f" <"$f")"
  code=$((code + n)) css=$((css + c))
done
base_code=0 base_css=0
for f in $(git ls-tree -r --name-only "$BASE" -- src scripts); do
  read -r n c <<<"$(git show "$BASE:$f" | split "$f")"
  base_code=$((base_code + n)) base_css=$((base_css + c))
done

added_code=0 added_css=0 commits=0
for commit in $(git rev-list --no-merges "$BASE..$FEATURES_END" | cut -c1-7 | grep -v -F -x -f <(tr ' ' '\n' <<<"$REFACTOR")); do
  commits=$((commits + 1))
  # A renamed file counts as one removed and one added, so nothing is counted twice.
  for f in $(git diff --no-renames --name-only "$commit^" "$commit" -- src scripts); do
    read -r n c <<<"$(git show "$commit:$f" 2>/dev/null | split "$f")"
    read -r m d <<<"$(git show "$commit^:$f" 2>/dev/null | split "$f")"
    added_code=$((added_code + n - m)) added_css=$((added_css + c - d))
  done
done

row() { printf '%-32s %6s %6s\n' "$@"; }
row '' code CSS
row "at $BASE" "$base_code" "$base_css"
row 'now, without the features' $((code - added_code)) $((css - added_css))
row "the features ($commits commits), net" "$added_code" "$added_css"
row 'now, with the features' "$code" "$css"
