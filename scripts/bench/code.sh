#!/usr/bin/env bash
# Lines in src/ and scripts/, code and CSS apart, each split by the commit that last wrote the line
# (git blame, following lines moved or copied between files), so that the size of the code can be
# compared with the tree the edition refactor began from (32e1ab7: 6,618 lines of code, 1,579 of CSS)
# with the features added after it counted apart.
#
#   code  what `git ls-files src scripts | grep -v '\.css$' | xargs cat | wc -l` counts, less the
#         <style> blocks of .astro files (those are CSS wherever they are written)
#   CSS   .css files and the <style> blocks
#
#   before    lines unchanged since 32e1ab7
#   core      before, plus the refactor's own commits and everything after 09f73bf
#   features  lines last written by the commits that added the four features built on the refactor
#             (the translation and its checks, the briefing's voice, hosting, the English edition):
#             every commit in 32e1ab7..09f73bf that is not one of the refactor's, listed below
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

features=$(git rev-list "$BASE..$FEATURES_END" | cut -c1-7 | grep -v -F -x -f <(tr ' ' '\n' <<<"$REFACTOR"))
before=$(git rev-list "$BASE" | cut -c1-7)

git ls-files src scripts | while read -r f; do
  [ -f "$f" ] || continue
  git blame -w -M -C --line-porcelain -- "$f" | awk -v f="$f" '
    /^[0-9a-f]+ [0-9]+ [0-9]+/ { c = substr($1, 1, 7); next }
    /^\t/ {
      line = substr($0, 2)
      if (f ~ /\.css$/) { print "css", c; next }
      if (f ~ /\.astro$/ && line ~ /<style/) s = 1
      if (s) { print "css", c; if (line ~ /<\/style>/) s = 0; next }
      print "code", c
    }'
done | awk -v features="$features" -v before="$before" '
  BEGIN {
    n = split(features, a, "\n"); for (i = 1; i <= n; i++) F[a[i]] = 1
    n = split(before, b, "\n"); for (i = 1; i <= n; i++) B[b[i]] = 1
  }
  { total[$1]++; if ($2 in F) feat[$1]++; else { core[$1]++; if ($2 in B) old[$1]++ } }
  END {
    printf "%-5s %8s %8s %8s %8s\n", "", "total", "core", "before", "features"
    for (k = 1; k <= 2; k++) { t = k == 1 ? "code" : "CSS"; key = k == 1 ? "code" : "css"
      printf "%-5s %8d %8d %8d %8d\n", t, total[key], core[key], old[key], feat[key] }
  }'

# How far "core" can be from the code as it would be without the features: the core lines (before
# or refactor) that the feature commits rewrote or removed. Counting every one back as core bounds
# the core from above.
rewritten=0
for c in $(git rev-list --no-merges "$BASE..$FEATURES_END" | cut -c1-7 | grep -F -x -f <(echo "$features")); do
  for f in $(git diff --name-only "$c^" "$c" -- src scripts | grep -v '\.css$'); do
    ranges=$(git diff -U0 -w "$c^" "$c" -- "$f" | sed -n 's/^@@ -\([0-9]*\)\(,\([0-9]*\)\)\{0,1\} .*/\1 \3/p' | awk '$2 != "0" { print "-L " $1 ",+" ($2 == "" ? 1 : $2) }')
    [ -n "$ranges" ] || continue
    # shellcheck disable=SC2086
    n=$(git blame -w -M -C --line-porcelain $ranges "$c^" -- "$f" | awk -v features="$features" '
      BEGIN { n = split(features, a, "\n"); for (i = 1; i <= n; i++) F[a[i]] = 1 }
      /^[0-9a-f]+ [0-9]+ [0-9]+/ { c = substr($1, 1, 7) } /^\t/ { if (!(c in F)) k++ } END { print k + 0 }')
    rewritten=$((rewritten + n))
  done
done
echo "core lines the feature commits rewrote or removed (code and <style> blocks): $rewritten"
