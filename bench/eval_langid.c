/*
 * eval_langid.c - measure language identifiers for vigie: CLD2 (through
 * vigie's vg_lang_detect) against libexttextcat, in the same run.
 *
 * Accuracy: the SemEval 2022 task 8 training pairs, text1 labelled with
 * lang1 (ISO 639-1), identical texts counted once.  Four views of each text:
 *
 *   raw / repaired   as stored, or with UTF-8-read-as-Latin-1/CP1252
 *                    sequences ("hÃ¤tte") decoded back ("hätte")
 *   long / short     the whole text, or its first 140 characters (a tweet)
 *
 * Speed: the same texts, and the IRA tweets (`content` column of a
 * zstd-compressed CSV), whose `language` column (Twitter's own detector,
 * not ground truth) gives an agreement figure for English, Russian and
 * German, 93 % of those tweets.
 *
 * Usage: eval_langid [--shared DIR] [--textcat-tweets N]
 *   DIR defaults to $VG_SHARED, else ../shared (run from the repository).
 *   libexttextcat is timed on the first N tweets only (default 20000):
 *   it is too slow for all 1.24 M in a routine run.
 * Before anything else it shows the malloc trim cliff (eval_trim_cliff).
 * Each result line ends with a 64-bit hash of the codes returned, so two
 * runs (or two builds) that answer differently cannot be mistaken.
 */
#include <errno.h>
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <csv.h>
#include <textcat.h>
#include <xxhash.h>
#include <zstd.h>

#include "vg_cld2.h"
#include "vg_lang.h"

#define SHORT_CHARS 140
#define TEXTCAT_DIR "/usr/share/libexttextcat/"

/* ---- a growable list of (text, label) records in one byte arena ---- */

typedef struct {
    size_t text, text_len; /* offsets into corpus.bytes */
    size_t label, label_len;
} record;

typedef struct {
    char *bytes;
    size_t len, cap;
    record *recs;
    size_t n, rcap;
} corpus;

static void die_oom(void)
{
    fprintf(stderr, "eval_langid: out of memory\n");
    exit(1);
}

static size_t corpus_put(corpus *c, const char *s, size_t n)
{
    if (c->len + n + 1 > c->cap) {
        size_t cap = c->cap ? c->cap : 1 << 20;
        while (cap < c->len + n + 1)
            cap *= 2;
        char *b = realloc(c->bytes, cap);
        if (!b)
            die_oom();
        c->bytes = b, c->cap = cap;
    }
    size_t off = c->len;
    memcpy(c->bytes + off, s, n);
    c->bytes[off + n] = '\0';
    c->len += n + 1;
    return off;
}

static void corpus_add(corpus *c, const char *text, size_t tn, const char *label, size_t ln)
{
    if (c->n == c->rcap) {
        size_t cap = c->rcap ? 2 * c->rcap : 4096;
        record *r = realloc(c->recs, cap * sizeof *r);
        if (!r)
            die_oom();
        c->recs = r, c->rcap = cap;
    }
    record *r = &c->recs[c->n++];
    r->text = corpus_put(c, text, tn), r->text_len = tn;
    r->label = corpus_put(c, label, ln), r->label_len = ln;
}

static void corpus_free(corpus *c)
{
    free(c->bytes);
    free(c->recs);
}

/* ---- CSV reading with libcsv: picks two named columns ---- */

typedef struct {
    const char *text_col, *label_col;
    int text_i, label_i; /* column numbers, from the header row */
    int col;
    long row;
    char *text, *label; /* current row's fields (owned) */
    size_t text_n, label_n;
    corpus *out;
} csv_pick;

static char *dup_field(const void *f, size_t n)
{
    char *s = malloc(n + 1);
    if (!s)
        die_oom();
    memcpy(s, f, n);
    s[n] = '\0';
    return s;
}

static void on_field(void *f, size_t n, void *ud)
{
    csv_pick *p = ud;
    if (p->row == 0) {
        if (strlen(p->text_col) == n && memcmp(f, p->text_col, n) == 0)
            p->text_i = p->col;
        if (strlen(p->label_col) == n && memcmp(f, p->label_col, n) == 0)
            p->label_i = p->col;
    } else if (p->col == p->text_i) {
        free(p->text);
        p->text = dup_field(f ? f : "", f ? n : 0), p->text_n = f ? n : 0;
    } else if (p->col == p->label_i) {
        free(p->label);
        p->label = dup_field(f ? f : "", f ? n : 0), p->label_n = f ? n : 0;
    }
    p->col++;
}

static void on_row(int term, void *ud)
{
    csv_pick *p = ud;
    (void)term;
    if (p->row > 0 && p->text && p->label)
        corpus_add(p->out, p->text, p->text_n, p->label, p->label_n);
    free(p->text), free(p->label);
    p->text = p->label = NULL;
    p->col = 0;
    p->row++;
}

/* Reads path (plain CSV, or zstd-compressed when zstd is set) into out. */
static int read_csv(const char *path, int zstd, const char *text_col, const char *label_col,
                    corpus *out)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "eval_langid: %s: %s\n", path, strerror(errno));
        return -1;
    }
    struct csv_parser parser;
    csv_pick pick = {text_col, label_col, -1, -1, 0, 0, NULL, NULL, 0, 0, out};
    size_t in_cap = ZSTD_DStreamInSize(), out_cap = ZSTD_DStreamOutSize();
    char *in = malloc(in_cap), *dec = malloc(out_cap);
    ZSTD_DStream *ds = zstd ? ZSTD_createDStream() : NULL;
    int rc = -1;
    if (!in || !dec || (zstd && !ds) || csv_init(&parser, CSV_APPEND_NULL) != 0)
        die_oom();
    size_t got;
    while ((got = fread(in, 1, in_cap, f)) > 0) {
        if (!zstd) {
            if (csv_parse(&parser, in, got, on_field, on_row, &pick) != got)
                goto bad_csv;
            continue;
        }
        ZSTD_inBuffer ib = {in, got, 0};
        while (ib.pos < ib.size) {
            ZSTD_outBuffer ob = {dec, out_cap, 0};
            size_t z = ZSTD_decompressStream(ds, &ob, &ib);
            if (ZSTD_isError(z)) {
                fprintf(stderr, "eval_langid: %s: %s\n", path, ZSTD_getErrorName(z));
                goto out;
            }
            if (csv_parse(&parser, dec, ob.pos, on_field, on_row, &pick) != ob.pos)
                goto bad_csv;
        }
    }
    csv_fini(&parser, on_field, on_row, &pick);
    if (pick.text_i < 0 || pick.label_i < 0) {
        fprintf(stderr, "eval_langid: %s: no column %s or %s\n", path, text_col, label_col);
        goto out;
    }
    rc = 0;
    goto out;
bad_csv:
    fprintf(stderr, "eval_langid: %s: %s\n", path, csv_strerror(csv_error(&parser)));
out:
    csv_free(&parser);
    free(pick.text), free(pick.label);
    ZSTD_freeDStream(ds);
    free(in), free(dec);
    fclose(f);
    return rc;
}

/* ---- mojibake repair (evaluation only; vigie's cleaner has its own) ---- */

/* The CP1252 byte 0x80..0x9F that a code point stands for, or -1. */
static int cp1252_byte(uint32_t cp)
{
    static const uint16_t hi[32] = {
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};
    if (cp < 0x100)
        return (int)cp;
    for (int i = 0; i < 32; i++)
        if (hi[i] == cp)
            return 0x80 + i;
    return -1;
}

/* Decodes one UTF-8 character at s[i..n); returns its length (1 if bad). */
static size_t utf8_next(const unsigned char *s, size_t i, size_t n, uint32_t *cp)
{
    unsigned c = s[i];
    size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (len == 1 || i + len > n) {
        *cp = c;
        return 1;
    }
    uint32_t v = c & (0x7F >> len);
    for (size_t j = 1; j < len; j++) {
        if ((s[i + j] & 0xC0) != 0x80) {
            *cp = c;
            return 1;
        }
        v = (v << 6) | (s[i + j] & 0x3F);
    }
    *cp = v;
    return len;
}

/*
 * Writes s[0..n) to dst (at least n bytes) with every run of characters
 * that are the Latin-1/CP1252 reading of one well-formed UTF-8 character
 * replaced by that character ("Ã¤" -> "ä", "ÅŸ" -> "ş").  The result is
 * never longer.  Returns its length; *changed counts the repairs.
 */
static size_t repair_mojibake(const char *src, size_t n, char *dst, int *changed)
{
    const unsigned char *s = (const unsigned char *)src;
    size_t i = 0, o = 0;
    *changed = 0;
    while (i < n) {
        uint32_t cp;
        size_t len = utf8_next(s, i, n, &cp);
        int lead = cp1252_byte(cp);
        size_t need = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 && lead <= 0xEF ? 3
                    : lead >= 0xC2 && lead <= 0xDF ? 2 : 0;
        if (len > 1 && need) {
            unsigned char bytes[4] = {(unsigned char)lead};
            size_t k = 1, j = i + len;
            while (k < need && j < n) {
                uint32_t c2;
                size_t l2 = utf8_next(s, j, n, &c2);
                int b = l2 > 1 || c2 < 0x80 ? cp1252_byte(c2) : -1;
                if (b < 0x80 || b > 0xBF)
                    break;
                bytes[k++] = (unsigned char)b;
                j += l2;
            }
            uint32_t dec;
            if (k == need && utf8_next(bytes, 0, need, &dec) == need && dec >= 0x80 &&
                !(need == 3 && dec < 0x800) && !(need == 4 && dec < 0x10000)) {
                memcpy(dst + o, bytes, need);
                o += need, i = j;
                (*changed)++;
                continue;
            }
        }
        memcpy(dst + o, s + i, len);
        o += len, i += len;
    }
    return o;
}

/* Length of the first `chars` characters of s[0..n). */
static size_t prefix_chars(const char *s, size_t n, size_t chars)
{
    size_t i = 0;
    uint32_t cp;
    while (i < n && chars-- > 0)
        i += utf8_next((const unsigned char *)s, i, n, &cp);
    return i;
}

/* ---- the identifiers under test ---- */

typedef struct {
    const char *name;
    void *textcat;   /* libexttextcat handle, or NULL for CLD2 */
    vg_lang_opts cld2; /* CLD2's options */
} identifier;

/* Writes the code for s[0..n) into out (8 bytes). */
static void identify(const identifier *id, const char *s, size_t n, char out[8])
{
    if (!id->textcat) {
        vg_lang_detect_opts(s, n, &id->cld2, out);
        return;
    }
    /* "[en--utf8][de--utf8]", "UNKNOWN" or "SHORT": keep the language of
     * the best candidate ("zh-CN-utf8" -> "zh"). */
    const char *r = textcat_Classify(id->textcat, s, n);
    memcpy(out, "und", 4);
    if (r && r[0] == '[') {
        size_t k = 0;
        while (k < 7 && r[1 + k] && r[1 + k] != '-' && r[1 + k] != ']')
            k++;
        memcpy(out, r + 1, k);
        out[k] = '\0';
    }
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* ---- SemEval accuracy ---- */

#define MAX_LABELS 32

typedef struct {
    char label[8];
    long right, total;
} tally;

/* One pass of id over the texts; prints accuracy overall and per label. */
static void eval_semeval(const identifier *id, const corpus *c, int repaired, int shorten,
                         char *work)
{
    tally t[MAX_LABELS];
    int nt = 0;
    long right = 0, und = 0;
    size_t bytes = 0;
    XXH64_state_t *h = XXH64_createState();
    if (!h)
        die_oom();
    XXH64_reset(h, 0);
    double spent = 0;
    for (size_t i = 0; i < c->n; i++) {
        const record *r = &c->recs[i];
        const char *s = c->bytes + r->text;
        size_t n = r->text_len;
        int fixes = 0;
        if (repaired) {
            n = repair_mojibake(s, n, work, &fixes);
            s = work;
        }
        if (shorten)
            n = prefix_chars(s, n, SHORT_CHARS);
        char got[8];
        double a = now();
        identify(id, s, n, got);
        spent += now() - a;
        bytes += n;
        XXH64_update(h, got, strlen(got) + 1);
        const char *want = c->bytes + r->label;
        int k = 0;
        while (k < nt && strcmp(t[k].label, want) != 0)
            k++;
        if (k == nt && nt < MAX_LABELS) {
            snprintf(t[nt].label, sizeof t[nt].label, "%s", want);
            t[nt].right = t[nt].total = 0;
            nt++;
        }
        int ok = strcmp(got, want) == 0;
        right += ok;
        und += strcmp(got, "und") == 0;
        if (k < nt)
            t[k].total++, t[k].right += ok;
    }
    printf("%-18s %-8s %-5s %6.2f%% (%ld/%zu)  und %ld  %9.0f docs/s %7.1f MB/s  hash %016llx\n",
           id->name, repaired ? "repaired" : "raw", shorten ? "short" : "long",
           100.0 * right / (double)c->n, right, c->n, und, c->n / spent, bytes / spent / 1e6,
           (unsigned long long)XXH64_digest(h));
    printf("   ");
    for (int k = 0; k < nt; k++)
        printf(" %s %.1f", t[k].label, 100.0 * t[k].right / (double)t[k].total);
    printf("\n");
    XXH64_freeState(h);
}

static int cmp_text(const void *a, const void *b, void *ud)
{
    const corpus *c = ud;
    const record *x = a, *y = b;
    size_t n = x->text_len < y->text_len ? x->text_len : y->text_len;
    int d = memcmp(c->bytes + x->text, c->bytes + y->text, n);
    return d ? d : (x->text_len > y->text_len) - (x->text_len < y->text_len);
}

/* Keeps one record per distinct text (the first in sorted order). */
static void dedupe(corpus *c)
{
    qsort_r(c->recs, c->n, sizeof *c->recs, cmp_text, c);
    size_t o = 0;
    for (size_t i = 0; i < c->n; i++)
        if (o == 0 || cmp_text(&c->recs[o - 1], &c->recs[i], c) != 0)
            c->recs[o++] = c->recs[i];
    c->n = o;
}

/* ---- tweets: speed, "und" rate, agreement with Twitter's label ---- */

static const char *twitter_code(const char *name)
{
    if (strcmp(name, "English") == 0)
        return "en";
    if (strcmp(name, "Russian") == 0)
        return "ru";
    if (strcmp(name, "German") == 0)
        return "de";
    return NULL;
}

static void eval_tweets(const identifier *id, const corpus *c, size_t limit)
{
    size_t n = c->n < limit ? c->n : limit;
    long und = 0, agree = 0, labelled = 0;
    size_t bytes = 0;
    char *got = malloc(n * 8 + 1);
    if (!got)
        die_oom();
    double t0 = now();
    for (size_t i = 0; i < n; i++) {
        const record *r = &c->recs[i];
        identify(id, c->bytes + r->text, r->text_len, got + 8 * i);
        bytes += r->text_len;
    }
    double spent = now() - t0;
    for (size_t i = 0; i < n; i++) {
        const char *want = twitter_code(c->bytes + c->recs[i].label);
        und += strcmp(got + 8 * i, "und") == 0;
        if (want)
            labelled++, agree += strcmp(got + 8 * i, want) == 0;
    }
    for (size_t i = 0; i < n; i++) /* hash only the code, not the padding */
        memset(got + 8 * i + strlen(got + 8 * i), 0, 8 - strlen(got + 8 * i));
    printf("%-18s tweets %zu  %7.0f ns/tweet  %6.1f MB/s  und %.2f%%  agrees with "
           "Twitter (en/ru/de) %.2f%%  hash %016llx\n",
           id->name, n, spent / n * 1e9, bytes / spent / 1e6, 100.0 * und / n,
           100.0 * agree / (labelled ? labelled : 1),
           (unsigned long long)XXH64(got, n * 8, 0));
    free(got);
}

/*
 * CLD2 mallocs and frees about 175 KB per call.  When that memory sits at
 * the top of the heap, glibc gives it back to the kernel after every call
 * (free trims above M_TRIM_THRESHOLD, 128 KiB by default) and takes it back
 * on the next, page faults included: a call costs 20-40 times more.
 * Measured first, on a small heap, with the default policy and then with a
 * 64 MiB threshold, which stays set for the rest of the run.
 */
static void eval_trim_cliff(void)
{
    const char *tweet = "vote early, polls close at eight tonight in the whole state of "
                        "Ohio #Election2016 https://t.co/6YdR6QlR6p";
    size_t n = strlen(tweet);
    for (int raised = 0; raised <= 1; raised++) {
        char out[8];
        if (raised)
            mallopt(M_TRIM_THRESHOLD, 64 << 20);
        double t0 = now();
        for (int i = 0; i < 20000; i++)
            vg_lang_detect(tweet, n, out);
        printf("one %zu-byte tweet, %s: %.0f ns/call (%s)\n", n,
               raised ? "M_TRIM_THRESHOLD 64 MiB" : "default malloc policy",
               (now() - t0) / 20000 * 1e9, out);
    }
    printf("\n");
}

int main(int argc, char **argv)
{
    const char *shared = getenv("VG_SHARED");
    size_t textcat_tweets = 20000;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--shared") == 0 && i + 1 < argc)
            shared = argv[++i];
        else if (strcmp(argv[i], "--textcat-tweets") == 0 && i + 1 < argc)
            textcat_tweets = strtoul(argv[++i], NULL, 10);
        else {
            fprintf(stderr, "usage: eval_langid [--shared DIR] [--textcat-tweets N]\n");
            return 2;
        }
    }
    if (!shared || !*shared)
        shared = "../shared";

    char semeval_dir[4096], semeval[4200], tweets_path[4200];
    struct stat st;
    snprintf(semeval_dir, sizeof semeval_dir, "%s/data/semeval2022-task8", shared);
    snprintf(semeval, sizeof semeval, "%s/training_set.csv", semeval_dir);
    snprintf(tweets_path, sizeof tweets_path, "%s/data/ira-tweets/tweets.csv.zst", shared);
    if (stat(semeval, &st) != 0) {
        printf("eval_langid: %s not found, skipping\n", semeval_dir);
        return 0;
    }

    eval_trim_cliff();
    void *tc = special_textcat_Init(TEXTCAT_DIR "fpdb.conf", TEXTCAT_DIR);
    if (!tc) {
        fprintf(stderr, "eval_langid: cannot load libexttextcat models from %s\n", TEXTCAT_DIR);
        return 1;
    }
    /* Let libexttextcat guess on short text too, as CLD2 is asked to. */
    textcat_SetProperty(tc, TCPROP_MINIMUM_DOCUMENT_SIZE, 1);
    const identifier ids[] = {
        {"cld2", NULL, {0}},
        {"cld2-strict", NULL, {.strict = 1}},
        {"cld2-links", NULL, {.keep_links = 1}},
        {"cld2-links-strict", NULL, {.keep_links = 1, .strict = 1}},
        {"cld2-64B", NULL, {.max_bytes = 64}},
        {"cld2-96B", NULL, {.max_bytes = 96}},
        {"exttextcat", tc, {0}},
    };
    const size_t n_ids = sizeof ids / sizeof ids[0];

    corpus sem = {0};
    if (read_csv(semeval, 0, "text1", "lang1", &sem) != 0)
        return 1;
    size_t rows = sem.n;
    dedupe(&sem);
    printf("eval_langid: CLD2 %s, libexttextcat %s\n", vg_cld2_version(), textcat_Version());
    printf("SemEval 2022 task 8 training pairs: %zu rows, %zu distinct text1 (lang1 labels)\n",
           rows, sem.n);
    long fixed_texts = 0, fixes = 0;
    char *work = malloc(sem.cap ? sem.cap : 1);
    if (!work)
        die_oom();
    for (size_t i = 0; i < sem.n; i++) {
        int k;
        repair_mojibake(sem.bytes + sem.recs[i].text, sem.recs[i].text_len, work, &k);
        fixed_texts += k > 0, fixes += k;
    }
    printf("mojibake repair changes %ld texts (%ld sequences); short = first %d characters\n\n",
           fixed_texts, fixes, SHORT_CHARS);
    for (size_t k = 0; k < n_ids; k++)
        for (int shorten = 0; shorten <= 1; shorten++)
            for (int repaired = 0; repaired <= 1; repaired++)
                eval_semeval(&ids[k], &sem, repaired, shorten, work);
    free(work);
    corpus_free(&sem);

    if (stat(tweets_path, &st) != 0) {
        printf("\neval_langid: %s not found, skipping the tweets\n", tweets_path);
    } else {
        corpus tw = {0};
        if (read_csv(tweets_path, 1, "content", "language", &tw) != 0)
            return 1;
        size_t text_bytes = 0;
        for (size_t i = 0; i < tw.n; i++)
            text_bytes += tw.recs[i].text_len;
        printf("\nIRA tweets: %zu, %.1f bytes on average\n", tw.n,
               text_bytes / (double)(tw.n ? tw.n : 1));
        for (size_t k = 0; k < n_ids; k++)
            eval_tweets(&ids[k], &tw, ids[k].textcat ? textcat_tweets : (size_t)-1);
        corpus_free(&tw);
    }
    textcat_Done(tc);
    return 0;
}
