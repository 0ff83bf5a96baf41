package dev.upward.matching.domain.solver;

import java.util.Arrays;

/**
 * Optimal cohort matching: the most mentees matched, and among those assignments the highest
 * total score, with every mentor within capacity. Proven, not heuristic.
 *
 * <p>Model: a min-cost flow where mentee i → mentor j costs {@code -(M + score)} and every
 * mentee may also go to a "nobody" column at cost 0; {@code M} exceeds any total score, so
 * one more match always beats any gain in score. Mentees are inserted one at a time and each
 * is routed along a shortest augmenting path (Dijkstra on reduced costs, stopping at the first
 * column with spare capacity) — the successive-shortest-path method, which keeps the partial
 * solution optimal after every insertion.
 *
 * <p>Speed comes from candidate pruning with a certificate: each mentee first considers only
 * its {@value #INITIAL_CANDIDATES} best pairs. The node potentials of that solution are dual
 * prices; any pruned pair with a negative reduced cost under them could improve the solution,
 * so those pairs join the candidates and the (small) problem is solved again. When no pruned
 * pair has a negative reduced cost, the potentials prove optimality over all allowed pairs,
 * and {@link #certify} checks that proof independently (dual feasibility and equal primal and
 * dual objectives).
 */
public final class AssignmentSolver {

    static final int INITIAL_CANDIDATES = 10;
    private static final long INFINITY = Long.MAX_VALUE / 4;

    private final AssignmentInstance instance;
    private final int n;
    private final int m;
    private final int dummy;
    private final long bigM;
    // working copy of the pairs: each mentee's candidates are the prefix rowStart[i] .. limit[i]
    private final int[] mentor;
    private final int[] score;
    private final int[] limit;

    // solution state of one round
    private int[] col;
    private int[] used;
    private long[] assignedCost;
    private long[] piRow;
    private long[] piCol;
    private int[] head;
    private int[] next;
    private int[] prev;
    // Dijkstra scratch, valid where the stamp matches
    private long[] distRow;
    private long[] distCol;
    private int[] stampRow;
    private int[] stampCol;
    private int[] doneRow;
    private int[] doneCol;
    private int[] viaEdge;
    private int[] viaRow;
    private int stamp;
    private final MinHeap heap = new MinHeap();
    private int[] settledRows = new int[64];
    private int[] settledCols = new int[64];

    /** Above this the exact 64-bit arithmetic of costs and potentials could overflow. */
    public static final int MAX_MENTEES = 200_000;

    private AssignmentSolver(AssignmentInstance instance, boolean mostMatchedFirst) {
        if (instance.mentees() > MAX_MENTEES) {
            throw new IllegalArgumentException("at most " + MAX_MENTEES + " mentees per instance; split the cohort");
        }
        this.instance = instance;
        this.n = instance.mentees();
        this.m = instance.mentors();
        this.dummy = m;
        int heaviest = 0;
        for (int weight : instance.scoreOfEdge) {
            heaviest = Math.max(heaviest, weight);
        }
        // one more match must outweigh any total of weights: more than n times the heaviest pair
        this.bigM = mostMatchedFirst ? (heaviest + 1L) * (n + 1L) : 0;
        this.mentor = instance.mentorOfEdge.clone();
        this.score = instance.scoreOfEdge.clone();
        this.limit = new int[n];
    }

    /** Most mentees matched first, then the highest total score. */
    public static Assignment solve(AssignmentInstance instance) {
        return new AssignmentSolver(instance, true).run();
    }

    /** The highest total score, however many are matched. */
    public static Assignment solveBestTotal(AssignmentInstance instance) {
        return new AssignmentSolver(instance, false).run();
    }

    private Assignment run() {
        for (int i = 0; i < n; i++) {
            limit[i] = selectBest(instance.rowStart[i], instance.rowStart[i + 1], INITIAL_CANDIDATES);
        }
        int rounds = 0;
        while (true) {
            rounds++;
            solveCandidates();
            if (widenWhereReducedCostIsNegative() == 0) {
                break;
            }
        }
        int candidates = 0;
        for (int i = 0; i < n; i++) {
            candidates += limit[i] - instance.rowStart[i];
        }
        int[] mentorOfMentee = new int[n];
        int matched = 0;
        long total = 0;
        for (int i = 0; i < n; i++) {
            mentorOfMentee[i] = col[i] == dummy ? -1 : col[i];
            if (col[i] != dummy) {
                matched++;
                total += -assignedCost[i] - bigM;
            }
        }
        return new Assignment(mentorOfMentee, matched, total, certify(mentorOfMentee), rounds, candidates);
    }

    private long cost(int edge) {
        return -(bigM + score[edge]);
    }

    /** Moves the {@code k} best-scoring pairs of the row to its front; answers the prefix end. */
    private int selectBest(int from, int to, int k) {
        if (to - from <= k) {
            return to;
        }
        int end = from + k;
        // partial selection sort is enough for small k; quickselect would pay off only for large k
        for (int a = from; a < end; a++) {
            int best = a;
            for (int b = a + 1; b < to; b++) {
                if (score[b] > score[best]) {
                    best = b;
                }
            }
            swap(a, best);
        }
        return end;
    }

    private void swap(int a, int b) {
        int t = mentor[a];
        mentor[a] = mentor[b];
        mentor[b] = t;
        t = score[a];
        score[a] = score[b];
        score[b] = t;
    }

    private void solveCandidates() {
        col = new int[n];
        Arrays.fill(col, -1);
        used = new int[m];
        assignedCost = new long[n];
        piRow = new long[n];
        piCol = new long[m + 1];
        head = new int[m + 1];
        Arrays.fill(head, -1);
        next = new int[n];
        prev = new int[n];
        distRow = new long[n];
        distCol = new long[m + 1];
        stampRow = new int[n];
        stampCol = new int[m + 1];
        doneRow = new int[n];
        doneCol = new int[m + 1];
        viaEdge = new int[m + 1];
        viaRow = new int[m + 1];
        stamp = 0;
        for (int i = 0; i < n; i++) {
            long p = piCol[dummy];
            for (int e = instance.rowStart[i]; e < limit[i]; e++) {
                p = Math.max(p, piCol[mentor[e]] - cost(e));
            }
            piRow[i] = p;
            augmentFrom(i);
        }
    }

    /** Dijkstra from a new mentee to the nearest column with room, then flips the path. */
    private void augmentFrom(int source) {
        stamp++;
        heap.clear();
        int settledRowCount = 0;
        int settledColCount = 0;
        setRow(source, 0);
        heap.push(0, source);
        int sink = -1;
        long best = 0;
        while (!heap.isEmpty()) {
            long d = heap.topKey();
            int node = heap.pop();
            if (node < n) {
                int r = node;
                if (doneRow[r] == stamp || d > distRow[r]) {
                    continue;
                }
                doneRow[r] = stamp;
                settledRows = ensure(settledRows, settledRowCount);
                settledRows[settledRowCount++] = r;
                for (int e = instance.rowStart[r]; e < limit[r]; e++) {
                    int j = mentor[e];
                    if (j == col[r]) {
                        continue;
                    }
                    long nd = d + cost(e) + piRow[r] - piCol[j];
                    if (stampCol[j] != stamp || nd < distCol[j]) {
                        stampCol[j] = stamp;
                        distCol[j] = nd;
                        viaEdge[j] = e;
                        viaRow[j] = r;
                        heap.push(nd, n + j);
                    }
                }
                if (col[r] != dummy) {
                    long nd = d + piRow[r] - piCol[dummy];
                    if (stampCol[dummy] != stamp || nd < distCol[dummy]) {
                        stampCol[dummy] = stamp;
                        distCol[dummy] = nd;
                        viaEdge[dummy] = -1;
                        viaRow[dummy] = r;
                        heap.push(nd, n + dummy);
                    }
                }
            } else {
                int j = node - n;
                if (doneCol[j] == stamp || d > distCol[j]) {
                    continue;
                }
                doneCol[j] = stamp;
                if (j == dummy || used[j] < instance.capacity(j)) {
                    sink = j;
                    best = d;
                    break;
                }
                settledCols = ensure(settledCols, settledColCount);
                settledCols[settledColCount++] = j;
                for (int r = head[j]; r >= 0; r = next[r]) {
                    long nd = d - assignedCost[r] + piCol[j] - piRow[r];
                    if (stampRow[r] != stamp || nd < distRow[r]) {
                        setRow(r, nd);
                        heap.push(nd, r);
                    }
                }
            }
        }
        if (sink < 0) {
            throw new IllegalStateException("no augmenting path although every mentee may stay unmatched");
        }
        for (int k = 0; k < settledRowCount; k++) {
            int r = settledRows[k];
            piRow[r] += distRow[r] - best;
        }
        for (int k = 0; k < settledColCount; k++) {
            int j = settledCols[k];
            piCol[j] += distCol[j] - best;
        }
        if (sink != dummy) {
            used[sink]++;
        }
        int j = sink;
        while (true) {
            int r = viaRow[j];
            int previous = col[r];
            move(r, j, viaEdge[j] < 0 ? 0 : cost(viaEdge[j]));
            if (r == source) {
                break;
            }
            j = previous;
        }
    }

    private void setRow(int r, long d) {
        stampRow[r] = stamp;
        distRow[r] = d;
    }

    private void move(int r, int j, long edgeCost) {
        int from = col[r];
        if (from >= 0) {
            if (prev[r] >= 0) {
                next[prev[r]] = next[r];
            } else {
                head[from] = next[r];
            }
            if (next[r] >= 0) {
                prev[next[r]] = prev[r];
            }
        }
        col[r] = j;
        assignedCost[r] = edgeCost;
        prev[r] = -1;
        next[r] = head[j];
        if (head[j] >= 0) {
            prev[head[j]] = r;
        }
        head[j] = r;
    }

    /** Adds every pruned pair whose reduced cost is negative to its mentee's candidates. */
    private int widenWhereReducedCostIsNegative() {
        int added = 0;
        for (int i = 0; i < n; i++) {
            for (int e = limit[i]; e < instance.rowStart[i + 1]; e++) {
                if (cost(e) + piRow[i] - piCol[mentor[e]] < 0) {
                    swap(e, limit[i]);
                    limit[i]++;
                    added++;
                }
            }
        }
        return added;
    }

    /**
     * The optimality proof, checked over every allowed pair of the instance: the potentials
     * are a feasible dual solution (no pair, and no "nobody" option, has a negative reduced
     * cost; mentors' prices are not positive) whose objective equals the assignment's cost.
     * By weak duality no assignment can do better.
     */
    private boolean certify(int[] mentorOfMentee) {
        try {
            long primal = 0;
            long dual = 0;
            for (int i = 0; i < n; i++) {
                if (piRow[i] < 0) {
                    return false;
                }
                for (int e = instance.rowStart[i]; e < instance.rowStart[i + 1]; e++) {
                    long edgeCost = -(bigM + instance.scoreOfEdge[e]);
                    if (edgeCost + piRow[i] - piCol[instance.mentorOfEdge[e]] < 0) {
                        return false;
                    }
                }
                if (mentorOfMentee[i] >= 0) {
                    int s = instance.score(i, mentorOfMentee[i]);
                    if (s < 0) {
                        return false;
                    }
                    primal = Math.addExact(primal, -(bigM + s));
                }
                dual = Math.subtractExact(dual, piRow[i]);
            }
            int[] load = new int[m];
            for (int i = 0; i < n; i++) {
                if (mentorOfMentee[i] >= 0 && ++load[mentorOfMentee[i]] > instance.capacity(mentorOfMentee[i])) {
                    return false;
                }
            }
            for (int j = 0; j < m; j++) {
                if (piCol[j] > 0) {
                    return false;
                }
                dual = Math.addExact(dual, Math.multiplyExact(piCol[j], (long) instance.capacity(j)));
            }
            return primal == dual;
        } catch (ArithmeticException overflow) {
            return false;
        }
    }

    private static int[] ensure(int[] array, int size) {
        return size < array.length ? array : Arrays.copyOf(array, array.length * 2);
    }

    /** A binary heap of (long key, int value) pairs; stale entries are skipped by the caller. */
    private static final class MinHeap {
        private long[] keys = new long[256];
        private int[] values = new int[256];
        private int size;

        void clear() {
            size = 0;
        }

        boolean isEmpty() {
            return size == 0;
        }

        long topKey() {
            return keys[0];
        }

        void push(long key, int value) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            int at = size++;
            while (at > 0) {
                int parent = (at - 1) >>> 1;
                if (keys[parent] <= key) {
                    break;
                }
                keys[at] = keys[parent];
                values[at] = values[parent];
                at = parent;
            }
            keys[at] = key;
            values[at] = value;
        }

        int pop() {
            int top = values[0];
            size--;
            if (size > 0) {
                long key = keys[size];
                int value = values[size];
                int at = 0;
                while (true) {
                    int child = 2 * at + 1;
                    if (child >= size) {
                        break;
                    }
                    if (child + 1 < size && keys[child + 1] < keys[child]) {
                        child++;
                    }
                    if (keys[child] >= key) {
                        break;
                    }
                    keys[at] = keys[child];
                    values[at] = values[child];
                    at = child;
                }
                keys[at] = key;
                values[at] = value;
            }
            return top;
        }
    }
}
