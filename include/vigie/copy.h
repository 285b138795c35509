/*
 * vigie/copy.h - copy detection: exact copies, near copies and partial
 * reuse, grouped into clusters, with the provenance of passages.
 *
 * vg_copy_update() fingerprints every document stored since its last run
 * and matches it against everything fingerprinted before (the index lives in
 * the store and is reloaded by each run), so a new batch costs in
 * proportion to its size, not to the store's.  Documents with identical
 * normalised text form a class; classes whose texts are near copies
 * (Jaccard similarity of their shingle sets >= threshold, computed exactly
 * for every candidate pair) are joined into clusters; partial reuse (one or
 * more sentences of one text found verbatim in an earlier one) is recorded
 * as a pair without joining clusters.  See docs/COPIES.md for the
 * algorithm, its settings and its guarantees.
 *
 * Cluster ids are stable: a cluster is named after the class that founded
 * it (the sequence number of that class's first document) and keeps its
 * name as it grows; when two clusters merge the older name survives and the
 * other resolves to it.
 */
#ifndef VIGIE_COPY_H
#define VIGIE_COPY_H

#include <stddef.h>
#include <stdint.h>

#include "vigie/doc.h"
#include "vigie/err.h"
#include "vigie/store.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Settings of the index.  Zero means the default, or, once a store has an
 * index, the settings it was built with; asking for different index
 * settings than the store's is refused (vg_copy_reset() first).
 */
typedef struct vg_copy_opts {
    double threshold;     /* near-copy Jaccard threshold; default 0.8 */
    double recall;        /* chance that a pair at the threshold becomes a
                             candidate, from which bands and rows follow;
                             default 0.98 */
    unsigned max_hashes;  /* MinHash values per text (bands * rows <= this);
                             default 64 */
    unsigned char_n;      /* character shingle size for short texts; 5 */
    unsigned word_n;      /* word shingle size for long texts; 3 */
    unsigned long_min;    /* normalised length (characters) from which a text
                             is long; 300 */
    unsigned sent_words;  /* words a sentence needs to count as a passage; 6 */
    /* Settings of a run (not stored with the index): */
    int64_t window;       /* seconds: index entries of classes whose latest
                             document is older than the newest date seen
                             minus window are dropped; 0 = keep all */
    unsigned max_cand;    /* candidates verified per document, most
                             band matches first; default 200 */
    double min_reuse;     /* share of a text that must be found in an earlier
                             one to report partial reuse; default 0 (any
                             shared passage) */
    /* Called about every 65,536 documents; may be NULL. */
    void (*on_progress)(void *ctx, uint64_t done, uint64_t total);
    void *ctx;
} vg_copy_opts;

/* The resolved settings of a store's index. */
typedef struct vg_copy_params {
    double threshold;
    unsigned bands, rows; /* LSH banding of short texts (character shingles),
                             derived from threshold, recall and max_hashes */
    unsigned wbands, wrows; /* of long texts (word shingles): the same rule
                             with half the hashes */
    double recall;
    unsigned char_n, word_n, long_min, sent_words;
} vg_copy_params;

typedef struct vg_copy_stats {
    uint64_t docs;        /* documents fingerprinted in this run */
    uint64_t empty;       /* left out: nothing left after normalisation */
    uint64_t exact;       /* exact copies of an earlier text */
    uint64_t classes;     /* new distinct texts */
    uint64_t loaded;      /* classes of earlier runs loaded into the index */
    uint64_t candidates;  /* candidate pairs from the index */
    uint64_t filtered;    /* candidates dropped by the sketch filter */
    uint64_t verified;    /* candidate pairs whose texts were compared */
    uint64_t capped;      /* documents with more candidates than max_cand */
    uint64_t near_pairs;  /* near-copy pairs found */
    uint64_t partial_pairs; /* partial-reuse pairs found */
    uint64_t merges;      /* clusters merged into older ones */
    uint64_t index_entries; /* entries in the index at the end */
    uint64_t index_bytes;   /* memory of the index at its peak */
    uint64_t upto;        /* last sequence number fingerprinted */
    double seconds;       /* wall time of the run */
    vg_copy_params params;
} vg_copy_stats;

vg_err vg_copy_update(vg_store *s, const vg_copy_opts *opts, vg_copy_stats *st,
                      char *err, size_t errcap);

/* Forget all copy results and the index (the next update starts over). */
vg_err vg_copy_reset(vg_store *s, char *err, size_t errcap);

/* The store's index settings; VG_ENOTFOUND when it has no index yet,
 * VG_EINVAL when they cannot be read (another version; copies reset). */
vg_err vg_copy_params_get(vg_store *s, vg_copy_params *p);

/* Label of a pair of texts. */
typedef enum vg_copy_kind {
    VG_COPY_EXACT = 0,    /* identical normalised text */
    VG_COPY_NEAR = 1,     /* Jaccard >= threshold */
    VG_COPY_PARTIAL = 2   /* passages of one found in the other */
} vg_copy_kind;

const char *vg_copy_kind_name(vg_copy_kind k);

/* A cluster of copies. */
typedef struct vg_cluster {
    int64_t id;           /* stable id */
    uint64_t docs;        /* documents */
    uint64_t texts;       /* distinct normalised texts */
    uint64_t sources;     /* distinct sources */
    uint64_t authors;     /* distinct authors */
    int64_t first_at, last_at; /* published_at span (ingest time if none) */
    int64_t first_seq;    /* first publisher: earliest document */
    vg_slice first_id, first_source, first_author; /* point into buf */
    vg_slice sample;      /* start of the first document's text, in buf */
    char buf[1024];       /* the slices' bytes (each cut to fit) */
} vg_cluster;

typedef struct vg_cluster_query {
    unsigned limit;       /* clusters to list; 0 = all */
    uint64_t min_docs;    /* at least this many documents; 0 = 2 */
    int64_t since, until; /* clusters active in [since, until]; 0 = open */
    const char *source;   /* with a member from this source; NULL = any */
    unsigned min_chars;   /* founding text of at least this many characters
                             after normalisation (leaves out "@x Source?"
                             and "BREAKING: <link>"); 0 = any */
} vg_cluster_query;

/* Clusters, biggest first, through row(ctx, c); row returns nonzero to stop. */
vg_err vg_copy_clusters(vg_store *s, const vg_cluster_query *q,
                        int (*row)(void *ctx, const vg_cluster *c), void *ctx);

/* One member document of a cluster, in publication order. */
typedef struct vg_cluster_member {
    vg_doc doc;           /* seq, id, source, author, url, title,
                             published_at, ingested_at; valid during the call */
    int64_t cls;          /* its text class (seq of the class's first doc) */
    vg_copy_kind kind;    /* EXACT for members of the first text's class
                             and copies of a text already listed; NEAR
                             otherwise */
    int64_t like;         /* seq of the closest earlier member (0 if none) */
    double jaccard;       /* similarity to `like` */
} vg_cluster_member;

/*
 * Resolve *id (following merges) and describe its cluster in *c, then
 * report its members and, through spread, its documents per time bucket
 * (bucket seconds: 3600 or 86400; spread may be NULL).  VG_ENOTFOUND when
 * there is no such cluster.
 */
vg_err vg_copy_cluster_show(vg_store *s, int64_t *id, vg_cluster *c,
                            int (*member)(void *ctx, const vg_cluster_member *m),
                            int64_t bucket,
                            int (*spread)(void *ctx, int64_t start, uint64_t n),
                            void *ctx);

/* The cluster of document id (or "#SEQ"): VG_ENOTFOUND when the document
 * is unknown or not fingerprinted yet.  A document without copies is a
 * cluster of one. */
vg_err vg_copy_cluster_of(vg_store *s, const char *id, int64_t *cluster);

/* A pair of texts reported by copy detection, with one document of each. */
typedef struct vg_copy_pair {
    vg_copy_kind kind;
    int64_t a, b;         /* classes (seq of their first document), a < b */
    double jaccard;       /* of the shingle sets */
    double a_in_b, b_in_a;/* containments: |A ∩ B| / |A|, / |B| */
    double reused;        /* partial: share of b's text found in a's sentences */
    uint64_t a_docs, b_docs; /* documents in each class */
} vg_copy_pair;

/* Pairs (near and partial) touching document doc's class, or all pairs when
 * doc_seq is 0, in class order. */
vg_err vg_copy_pairs(vg_store *s, int64_t doc_seq,
                     int (*row)(void *ctx, const vg_copy_pair *p), void *ctx);

/* A passage of a document and where it was seen first. */
typedef struct vg_passage {
    size_t start, end;    /* byte span in the document's text */
    int64_t first_seq;    /* earliest document containing it; the document
                             itself when it is original */
    vg_slice first_id, first_source; /* valid during the callback */
    int64_t first_at;
    size_t src_start, src_end; /* span in that document's text */
    uint64_t seen;        /* documents containing it (exact copies count) */
} vg_passage;

/*
 * The provenance of document id (or "#SEQ"): its text cut into passages
 * (runs of sentences first seen in the same document), in text order.
 * doc receives the document (valid during the calls).  The document must
 * have been fingerprinted (VG_ENOTFOUND otherwise).
 */
vg_err vg_copy_provenance(vg_store *s, const char *id, vg_doc *doc,
                          int (*passage)(void *ctx, const vg_passage *p), void *ctx);

#ifdef __cplusplus
}
#endif
#endif
