# The rows a plan read: reads the text of EXPLAIN (ANALYZE) on stdin and prints "<rows>\t<node>", the largest
# number of rows any one scan of the plan read and that scan's node. Used by the benchmarks (bench/lib/plans.sh)
# for their rows-budget check: unlike a duration, it depends on the plan and the data only, not on how fast or busy
# the machine is.
#
# A scan node (Seq Scan, Index Scan, Index Only Scan, Bitmap Heap Scan, Bitmap Index Scan, Tid Scan, their
# Parallel variants) read (actual rows + Rows Removed by Filter + Rows Removed by Index Recheck) x loops: the rows it
# returned and the rows it fetched then dropped, for every time it ran (EXPLAIN prints rows and removed rows per
# loop). A BitmapOr or BitmapAnd read the sum of its children: each of its index scans read its entries in full.
# Nodes never executed read nothing. Sorts, limits and joins read nothing themselves: their input is counted at the
# scans below them. A Limit stops an index scan early, so an ordered index scan under "fetch first 20 rows" reads
# about 20 rows; a Sort under the Limit shows its scan's full input.
#
# Usage: awk -f bench/plan-rows.awk plan.txt
BEGIN {
    SCANS = "^(Seq Scan|Index Scan|Index Only Scan|Bitmap Heap Scan|Bitmap Index Scan|Tid Scan|Tid Range Scan)"
}
{
    line = $0
    if (match(line, /\(actual time=[^)]* rows=[0-9]+ loops=[0-9]+\)/) || index(line, "(never executed)") > 0) {
        if (n == 0 && line !~ /->  /) {
            indent = 0
            body = line
        } else if ((p = index(line, "->  ")) > 0) {
            indent = p
            body = substr(line, p + 4)
        } else {
            next # not a node line (does not happen in EXPLAIN's text format)
        }
        n++
        depth[n] = indent
        desc[n] = body
        sub(/  \(cost=.*/, "", desc[n])
        sub(/ \(never executed\).*/, "", desc[n])
        rows[n] = 0
        loops[n] = 0
        if (match(line, /\(actual time=[^)]* rows=[0-9]+ loops=[0-9]+\)/)) {
            a = substr(line, RSTART, RLENGTH)
            r = a; sub(/.* rows=/, "", r); sub(/ loops=.*/, "", r)
            l = a; sub(/.* loops=/, "", l); sub(/\).*/, "", l)
            rows[n] = r + 0
            loops[n] = l + 0
        }
        removed[n] = 0
        kind[n] = desc[n]
        sub(/^Parallel /, "", kind[n])
        if (kind[n] ~ SCANS) {
            kind[n] = "scan"
        } else if (kind[n] ~ /^(BitmapOr|BitmapAnd)/) {
            kind[n] = "bitmap-set"
        } else {
            kind[n] = "other"
        }
        next
    }
    if (n > 0 && match(line, /Rows Removed by (Filter|Index Recheck): [0-9]+/)) {
        v = substr(line, RSTART, RLENGTH)
        sub(/.*: /, "", v)
        removed[n] += v + 0
    }
}
END {
    # each node's parent: the nearest node above it with a smaller indentation
    top = 0
    for (i = 1; i <= n; i++) {
        while (top > 0 && depth[stack[top]] >= depth[i]) top--
        parent[i] = top > 0 ? stack[top] : 0
        stack[++top] = i
        read[i] = 0
    }
    # children are listed after their parent: from the last node up, a node's read is complete when reached
    for (i = n; i >= 1; i--) {
        if (kind[i] == "scan") {
            read[i] = (rows[i] + removed[i]) * loops[i]
        }
        if (parent[i] > 0 && kind[parent[i]] == "bitmap-set") {
            read[parent[i]] += read[i]
        }
    }
    best = 0
    node = "none"
    for (i = 1; i <= n; i++) {
        if (kind[i] != "other" && (read[i] > best || node == "none")) {
            best = read[i]
            node = desc[i]
        }
    }
    printf "%d\t%s\n", best, node
}
