/*
 * test_fp.c - fingerprints of one text (src/copy/vg_fp.c): normalisation,
 * exact hashes, character and word shingles, MinHash as a Jaccard estimator,
 * LSH banding parameters and band keys, sentence spans and hashes.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vg_fp.h"

static vg_fp_norm nt;

static int teardown(void **state)
{
    (void)state;
    vg_fp_norm_free(&nt);
    return 0;
}

/* Normalise s; the result stays in nt until the next call. */
static const char *norm(const char *s)
{
    assert_int_equal(vg_fp_norm_text(s, strlen(s), &nt), VG_OK);
    assert_int_equal(strlen(nt.text.p), nt.text.n);
    return nt.text.p;
}

static uint64_t exact(const char *s)
{
    norm(s);
    return vg_fp_exact(&nt);
}

/* Code points of a valid UTF-8 string. */
static size_t cps(const char *s)
{
    size_t k = 0;
    for (; *s; s++)
        k += ((unsigned char)*s & 0xC0) != 0x80;
    return k;
}

static void test_norm_case_and_punctuation(void **state)
{
    (void)state;
    assert_string_equal(norm("Hello, WORLD!!!  (Really?)"), "hello world really");
    assert_string_equal(norm("  \t\n"), "");
    assert_string_equal(norm(""), "");
    /* Non-ASCII letters are folded too; dashes, ellipses and quotes go. */
    assert_string_equal(norm("ÉCOLE — Straße… «ÀÎÔ»"), "école straße àîô");
    assert_string_equal(norm("МОСКВА, ΑΘΗΝΑ"), "москва αθηνα");
    /* Digits are word characters. */
    assert_string_equal(norm("Vote 2017: 66,1%"), "vote 2017 66 1");
    /* The token list matches the text. */
    norm("one two, three");
    assert_int_equal(nt.toks.n, 3);
    assert_int_equal(nt.ncp, strlen("one two three"));
}

static void test_norm_urls_mentions_hashtags(void **state)
{
    (void)state;
    assert_string_equal(norm("see http://a.example/x?y=1 and HTTPS://B.example/ then www.c.example/p end"),
                        "see and then end");
    assert_string_equal(norm("@alice @Bob_2: thanks"), "thanks");
    assert_string_equal(norm("#MacronLeaks is #trending"), "macronleaks is trending");
    /* A leading repost marker goes with its mention; elsewhere "RT" is a word. */
    assert_string_equal(norm("RT @alice: the vote is rigged"), "the vote is rigged");
    assert_string_equal(norm("  rt @alice the vote"), "the vote");
    assert_string_equal(norm("I say RT @alice: the vote"), "i say rt the vote");
    /* A lone '@' or '#' is punctuation. */
    assert_string_equal(norm("a @ b # c"), "a b c");
}

static void test_norm_unspaced_scripts_and_emoji(void **state)
{
    (void)state;
    /* Every CJK character, kana and Thai character is a token. */
    assert_string_equal(norm("中文字"), "中 文 字");
    assert_int_equal(nt.toks.n, 3);
    assert_int_equal(nt.ncp, 5);
    assert_string_equal(norm("日本語のテキスト"), "日 本 語 の テ キ ス ト");
    norm("สวัสดี");
    assert_int_equal(nt.toks.n, cps("สวัสดี"));
    /* Latin inside CJK text is one word. */
    assert_string_equal(norm("我爱Paris市"), "我 爱 paris 市");
    /* Emoji are tokens of their own, punctuation around them goes; a
     * variation selector after one is dropped. */
    assert_string_equal(norm("🔥🔥 ok!!🔥"), "🔥 🔥 ok 🔥");
    assert_int_equal(nt.toks.n, 4);
    assert_string_equal(norm("❤\xEF\xB8\x8F"), "❤");
}

/* Regression: a token directly after a CJK character or emoji makes the
 * output longer than the input; vg_fp_norm_text wrote past its buffer
 * (found by this suite under ASan, fixed in vg_fp.c). */
static void test_norm_output_longer_than_input(void **state)
{
    (void)state;
    /* Every length up to 100 repetitions, so that the output crosses the
     * buffer's capacity at every possible place. */
    const char *units[] = {"中a", "😀b", "ก1"};
    for (size_t u = 0; u < 3; u++) {
        size_t ul = strlen(units[u]);
        char in[5 * 100 + 1], want[7 * 100 + 1];
        for (int reps = 1; reps <= 100; reps++) {
            size_t n = 0, w = 0;
            for (int i = 0; i < reps; i++) {
                memcpy(in + n, units[u], ul);
                n += ul;
                if (i)
                    want[w++] = ' ';
                memcpy(want + w, units[u], ul - 1);
                w += ul - 1;
                want[w++] = ' ';
                want[w++] = units[u][ul - 1];
            }
            in[n] = want[w] = '\0';
            assert_string_equal(norm(in), want);
            assert_int_equal(nt.toks.n, 2 * (size_t)reps);
        }
    }
}

static void test_norm_combining_marks(void **state)
{
    (void)state;
    /* A combining mark stays inside its word ... */
    assert_string_equal(norm("CAFE\xCC\x81 noir"), "cafe\xCC\x81 noir");
    assert_int_equal(nt.toks.n, 2);
    /* ... so Devanagari words with vowel signs are one token each. */
    norm("नमस्ते दुनिया");
    assert_int_equal(nt.toks.n, 2);
    /* A mark with nothing to attach to is dropped. */
    assert_string_equal(norm("\xCC\x81" "abc"), "abc");
    /* The mark makes a different word. */
    assert_true(exact("cafe\xCC\x81") != exact("cafe"));
}

static void test_norm_invalid_utf8(void **state)
{
    (void)state;
    /* Invalid bytes separate words and never crash. */
    assert_string_equal(norm("ab\xFF" "cd"), "ab cd");
    assert_string_equal(norm("\xC3"), "");
    assert_string_equal(norm("x\xE4\xB8"), "x");
    assert_string_equal(norm("\xF0\x9F\x98"), "");
    assert_string_equal(norm("\xED\xA0\x80 surrogate"), "surrogate");
    char all[256];
    for (int i = 0; i < 255; i++)
        all[i] = (char)(i + 1);
    all[255] = '\0';
    /* Every byte but NUL in order: the upper-case letters follow '@' and
     * are a mention; bytes from 0x80 up are no valid UTF-8 there. */
    assert_string_equal(norm(all), "0123456789 abcdefghijklmnopqrstuvwxyz");
}

static void test_exact_hash(void **state)
{
    (void)state;
    uint64_t h = exact("Macron campaign emails leaked #MacronLeaks");
    assert_int_equal(exact("RT @x: MACRON campaign emails leaked!!! #MacronLeaks https://t.co/a"), h);
    assert_int_equal(exact("macron   campaign\nemails, leaked... macronleaks @afp"), h);
    assert_true(exact("Macron campaign emails leaked #MacronLeak") != h);
    assert_true(exact("Macron campaign email leaked #MacronLeaks") != h);
    assert_true(exact("campaign Macron emails leaked #MacronLeaks") != h);
    assert_true(exact("Macroncampaign emails leaked #MacronLeaks") != h);
    /* The empty text has a hash too (the pass never uses it). */
    assert_int_equal(exact(""), exact("!!! @x https://y.z"));
}

static vg_u64s sh;

static size_t shingles(const char *s, int kind, unsigned n)
{
    norm(s);
    assert_int_equal(vg_fp_shingles(&nt, kind, n, &sh), VG_OK);
    return sh.n;
}

static void test_char_shingles(void **state)
{
    (void)state;
    assert_int_equal(shingles("", VG_SH_CHAR, 5), 0);
    assert_int_equal(shingles("abc", VG_SH_CHAR, 5), 1);
    assert_int_equal(shingles("abcde", VG_SH_CHAR, 5), 1);
    assert_int_equal(shingles("abcdef", VG_SH_CHAR, 5), 2);
    /* Code points of the normalised text, spaces included. */
    assert_int_equal(shingles("Hello, world!", VG_SH_CHAR, 5), strlen("hello world") - 5 + 1);
    assert_int_equal(shingles("ééééééé", VG_SH_CHAR, 5), 3);
    assert_int_equal(shingles("中文字中文字", VG_SH_CHAR, 3), 11 - 3 + 1);
    /* Equal n-grams give equal hashes, wherever they are. */
    shingles("abcdefgh", VG_SH_CHAR, 4);
    assert_int_equal(sh.n, 5);
    uint64_t bcde = sh.v[1];
    shingles("xbcdey", VG_SH_CHAR, 4);
    assert_int_equal(sh.v[1], bcde);
    assert_true(sh.v[0] != bcde && sh.v[2] != bcde);
    shingles("abababab", VG_SH_CHAR, 2);
    assert_int_equal(sh.n, 7);
    vg_u64s_sort_unique(&sh);
    assert_int_equal(sh.n, 2);
    /* n is capped at 63 code points; a text that long is still shingled. */
    char longtext[200];
    memset(longtext, 'a', sizeof longtext - 1);
    longtext[sizeof longtext - 1] = '\0';
    assert_int_equal(shingles(longtext, VG_SH_CHAR, 100), 199 - 63 + 1);
}

static void test_word_shingles(void **state)
{
    (void)state;
    assert_int_equal(shingles("", VG_SH_WORD, 3), 0);
    assert_int_equal(shingles("one", VG_SH_WORD, 3), 1);
    assert_int_equal(shingles("one two three", VG_SH_WORD, 3), 1);
    assert_int_equal(shingles("one two three four five", VG_SH_WORD, 3), 3);
    shingles("a b c d", VG_SH_WORD, 3);
    uint64_t bcd = sh.v[1];
    shingles("X, B! c d", VG_SH_WORD, 3);
    assert_int_equal(sh.v[1], bcd);
    /* Word and character shingles of the same text are different hashes. */
    shingles("abc", VG_SH_WORD, 3);
    uint64_t w = sh.v[0];
    shingles("abc", VG_SH_CHAR, 3);
    assert_true(sh.v[0] != w);
}

static uint64_t mix(uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

#define K 256

static double estimate(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
    uint32_t sa[K], sb[K];
    vg_fp_minhash(a, na, K, sa);
    vg_fp_minhash(b, nb, K, sb);
    unsigned eq = 0;
    for (unsigned i = 0; i < K; i++)
        eq += sa[i] == sb[i];
    return (double)eq / K;
}

static void test_minhash_identical_sets(void **state)
{
    (void)state;
    uint64_t a[300], b[600];
    for (int i = 0; i < 300; i++)
        a[i] = mix((uint64_t)i);
    /* b: the same set backwards, each value twice. */
    for (int i = 0; i < 300; i++)
        b[2 * i] = b[2 * i + 1] = a[299 - i];
    uint32_t sa[K], sb[K];
    vg_fp_minhash(a, 300, K, sa);
    vg_fp_minhash(b, 600, K, sb);
    assert_memory_equal(sa, sb, sizeof sa);
    /* The values are not all alike: K different hash functions. */
    unsigned distinct = 0;
    for (unsigned i = 1; i < K; i++)
        distinct += sa[i] != sa[0];
    assert_true(distinct > K / 2);
    /* A one-element set is the hash of that element under each function;
     * a superset can only lower every value. */
    uint32_t s1[K];
    vg_fp_minhash(a, 1, K, s1);
    for (unsigned i = 0; i < K; i++)
        assert_true(sa[i] <= s1[i]);
}

/* Sets of 1000 elements in all with |A ∩ B| / |A ∪ B| = j: A is the first
 * 1000 * (1 + j) / 2 elements, B the last as many. */
static double estimate_j(double j, uint64_t seed)
{
    enum { U = 1000 };
    static uint64_t all[U];
    for (int i = 0; i < U; i++)
        all[i] = mix(seed * U + (uint64_t)i);
    size_t each = (size_t)lround(U * (1 + j) / 2);
    return estimate(all, each, all + (U - each), each);
}

static void test_minhash_estimates_jaccard(void **state)
{
    (void)state;
    const double js[] = {0.2, 0.5, 0.8};
    for (size_t t = 0; t < 3; t++) {
        /* One pair of sets: within 0.1 (about 3 standard deviations). */
        double est = estimate_j(js[t], 1);
        assert_true(fabs(est - js[t]) < 0.1);
        /* Over 20 pairs the mean shows no bias. */
        double sum = 0;
        for (uint64_t seed = 1; seed <= 20; seed++)
            sum += estimate_j(js[t], seed);
        assert_true(fabs(sum / 20 - js[t]) < 0.03);
    }
    /* Disjoint sets agree almost nowhere. */
    assert_true(estimate_j(0.0, 7) < 0.05);
}

static void test_minhash_on_texts(void **state)
{
    (void)state;
    /* Word shingles of two real near-copies: the estimate follows the exact
     * Jaccard of the shingle sets. */
    const char *a = "The leaked documents were posted on an anonymous file sharing site two "
                    "days before the second round of the presidential election, and the "
                    "campaign said they mixed genuine emails with fake ones to sow doubt.";
    const char *b = "The leaked files were posted on an anonymous file sharing site just two "
                    "days before the second round of the presidential election, and the "
                    "campaign said they mixed real emails with fake ones to sow confusion.";
    vg_u64s x = {0}, y = {0};
    norm(a);
    assert_int_equal(vg_fp_shingles(&nt, VG_SH_WORD, 3, &x), VG_OK);
    norm(b);
    assert_int_equal(vg_fp_shingles(&nt, VG_SH_WORD, 3, &y), VG_OK);
    vg_u64s_sort_unique(&x);
    vg_u64s_sort_unique(&y);
    size_t ov = vg_u64s_overlap(x.v, x.n, y.v, y.n);
    double j = (double)ov / (double)(x.n + y.n - ov);
    assert_true(j > 0.3 && j < 0.8);
    assert_true(fabs(estimate(x.v, x.n, y.v, y.n) - j) < 0.12);
    vg_u64s_free(&x);
    vg_u64s_free(&y);
}

static void test_u64s_helpers(void **state)
{
    (void)state;
    vg_u64s a = {0};
    /* Above 32 elements the sort takes the qsort path. */
    for (uint64_t i = 0; i < 100; i++)
        assert_int_equal(vg_u64s_push(&a, (i * 37) % 50), VG_OK);
    vg_u64s_sort_unique(&a);
    assert_int_equal(a.n, 50);
    for (uint64_t i = 0; i < 50; i++)
        assert_int_equal(a.v[i], i);
    uint64_t b[] = {1, 3, 5, 49, 50, 51};
    assert_int_equal(vg_u64s_overlap(a.v, a.n, b, 6), 4);
    assert_int_equal(vg_u64s_overlap(a.v, a.n, b, 0), 0);
    vg_u64s_free(&a);
    assert_null(a.v);
    vg_u64s_free(&a);
}

static void test_lsh_params(void **state)
{
    (void)state;
    const double ts[] = {0.5, 0.8};
    const unsigned kmaxes[] = {64, 256};
    for (size_t i = 0; i < 2; i++) {
        for (size_t k = 0; k < 2; k++) {
            unsigned b, r;
            vg_fp_lsh_params(ts[i], 0.98, kmaxes[k], &b, &r);
            assert_true(b >= 1 && r >= 1);
            assert_true(b * r <= kmaxes[k]);
            assert_true(vg_fp_lsh_prob(ts[i], b, r) >= 0.98);
            /* The steepest curve: one more row per band cannot reach the
             * recall within kmax values. */
            unsigned bmax = kmaxes[k] / (r + 1);
            assert_true(bmax == 0 || vg_fp_lsh_prob(ts[i], bmax, r + 1) < 0.98);
            /* Well below the threshold, few pairs become candidates. */
            assert_true(vg_fp_lsh_prob(ts[i] / 3, b, r) < 0.5);
        }
    }
    unsigned b, r;
    /* The defaults of the pass (threshold 0.5, recall 0.98, 64 values). */
    vg_fp_lsh_params(0.5, 0.98, 64, &b, &r);
    assert_true(r >= 2);
    /* Unreachable recall: one row, every value a band. */
    vg_fp_lsh_params(0.05, 0.9999, 4, &b, &r);
    assert_int_equal(r, 1);
    assert_int_equal(b, 4);
    /* Threshold 1: one band of all rows suffices. */
    vg_fp_lsh_params(1.0, 0.98, 64, &b, &r);
    assert_int_equal(b * r <= 64, 1);
    assert_true(vg_fp_lsh_prob(1.0, b, r) >= 0.98);
    /* The formula, and its ends. */
    assert_true(fabs(vg_fp_lsh_prob(0.5, 4, 2) - (1 - pow(0.75, 4))) < 1e-12);
    assert_true(vg_fp_lsh_prob(0.0, 16, 4) == 0.0);
    assert_true(vg_fp_lsh_prob(1.0, 16, 4) == 1.0);
    assert_true(vg_fp_lsh_prob(0.6, 16, 4) > vg_fp_lsh_prob(0.5, 16, 4));
}

static void test_band_keys(void **state)
{
    (void)state;
    uint32_t sig[16], sig2[16];
    for (unsigned i = 0; i < 16; i++)
        sig[i] = sig2[i] = 7; /* every band has the same rows */
    uint64_t k1[4], k2[4], kw[4];
    vg_fp_bands(sig, 4, 4, VG_SH_CHAR, k1);
    /* Band numbers keep equal rows in different bands apart. */
    for (unsigned i = 0; i < 4; i++)
        for (unsigned j = i + 1; j < 4; j++)
            assert_true(k1[i] != k1[j]);
    /* One changed value changes its band's key only. */
    sig2[5] = 8;
    vg_fp_bands(sig2, 4, 4, VG_SH_CHAR, k2);
    assert_int_equal(k1[0], k2[0]);
    assert_true(k1[1] != k2[1]);
    assert_int_equal(k1[2], k2[2]);
    assert_int_equal(k1[3], k2[3]);
    /* Character and word signatures never share keys. */
    vg_fp_bands(sig, 4, 4, VG_SH_WORD, kw);
    for (unsigned i = 0; i < 4; i++)
        assert_true(kw[i] != k1[i]);
}

static vg_fp_sents ss;
static vg_fp_norm work;

static int teardown_sents(void **state)
{
    vg_fp_sents_free(&ss);
    vg_fp_norm_free(&work);
    return teardown(state);
}

static size_t split(const char *text, unsigned min_words)
{
    assert_int_equal(vg_fp_sentences(text, strlen(text), min_words, &work, &ss), VG_OK);
    return ss.n;
}

/* Sentence i of text, as a string. */
static const char *sent(const char *text, size_t i)
{
    static char buf[512];
    assert_true(i < ss.n);
    assert_true(ss.v[i].start < ss.v[i].end && ss.v[i].end <= strlen(text));
    snprintf(buf, sizeof buf, "%.*s", (int)(ss.v[i].end - ss.v[i].start), text + ss.v[i].start);
    return buf;
}

static void test_sentences_spans(void **state)
{
    (void)state;
    const char *t = "  First sentence here.  Second one is longer! Third?\nFourth line";
    assert_int_equal(split(t, 1), 4);
    assert_string_equal(sent(t, 0), "First sentence here.");
    assert_string_equal(sent(t, 1), "Second one is longer!");
    assert_string_equal(sent(t, 2), "Third?");
    assert_string_equal(sent(t, 3), "Fourth line");
    assert_int_equal(ss.v[0].start, 2);
    assert_int_equal(ss.v[0].words, 3);
    assert_int_equal(ss.v[1].words, 4);
    /* A dot inside a number or a name does not end a sentence; closing
     * quotes and brackets go with the sentence they close. */
    const char *u = "It cost 3.5 million at example.com today. He said \"stop.\" Then (he left.) End";
    assert_int_equal(split(u, 1), 4);
    assert_string_equal(sent(u, 0), "It cost 3.5 million at example.com today.");
    assert_string_equal(sent(u, 1), "He said \"stop.\"");
    assert_string_equal(sent(u, 2), "Then (he left.)");
    assert_string_equal(sent(u, 3), "End");
    /* Ellipsis, ideographic stops (no space needed after them). */
    const char *v = "Wait… what?! 今天天气很好。明天下雨！真的吗？";
    assert_int_equal(split(v, 1), 5);
    assert_string_equal(sent(v, 0), "Wait…");
    assert_string_equal(sent(v, 1), "what?!");
    assert_string_equal(sent(v, 2), "今天天气很好。");
    assert_string_equal(sent(v, 3), "明天下雨！");
    assert_string_equal(sent(v, 4), "真的吗？");
    /* Nothing to split. */
    assert_int_equal(split("", 1), 0);
    assert_int_equal(split(" \n\n \t", 1), 0);
    /* Blank lines between paragraphs make no empty sentences. */
    assert_int_equal(split("One two.\n\n\nThree four.\n", 1), 2);
}

static void test_sentences_hashes(void **state)
{
    (void)state;
    const char *s = "The minister resigned on Friday evening after the vote.";
    char a[300], b[300];
    snprintf(a, sizeof a, "%s Short one. Another sentence that is long enough here.", s);
    snprintf(b, sizeof b, "Breaking news from Paris tonight, read on.\n%s", s);
    split(a, 6);
    assert_int_equal(ss.n, 3);
    uint64_t ha = ss.v[0].hash;
    assert_true(ha != 0);
    /* Fewer words than min_words: no hash. */
    assert_int_equal(ss.v[1].hash, 0);
    assert_int_equal(ss.v[1].words, 2);
    assert_true(ss.v[2].hash != 0 && ss.v[2].hash != ha);
    split(b, 6);
    assert_int_equal(ss.n, 2);
    assert_int_equal(ss.v[1].hash, ha);
    assert_string_equal(sent(b, 1), s);
    /* The hash is of the normalised words: case and punctuation do not
     * matter, a changed word does. */
    split("THE MINISTER resigned, on Friday evening, after the vote!", 6);
    assert_int_equal(ss.v[0].hash, ha);
    split("The minister resigned on Friday morning after the vote.", 6);
    assert_true(ss.v[0].hash != ha);
    /* min_words 0 hashes every sentence with a word, never an empty one. */
    split("Hi. ... !", 0);
    assert_int_equal(ss.n, 3);
    assert_true(ss.v[0].hash != 0);
    assert_int_equal(ss.v[1].hash, 0);
    assert_int_equal(ss.v[2].hash, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_teardown(test_norm_case_and_punctuation, teardown),
        cmocka_unit_test_teardown(test_norm_urls_mentions_hashtags, teardown),
        cmocka_unit_test_teardown(test_norm_unspaced_scripts_and_emoji, teardown),
        cmocka_unit_test_teardown(test_norm_output_longer_than_input, teardown),
        cmocka_unit_test_teardown(test_norm_combining_marks, teardown),
        cmocka_unit_test_teardown(test_norm_invalid_utf8, teardown),
        cmocka_unit_test_teardown(test_exact_hash, teardown),
        cmocka_unit_test_teardown(test_char_shingles, teardown),
        cmocka_unit_test_teardown(test_word_shingles, teardown),
        cmocka_unit_test(test_minhash_identical_sets),
        cmocka_unit_test(test_minhash_estimates_jaccard),
        cmocka_unit_test_teardown(test_minhash_on_texts, teardown),
        cmocka_unit_test(test_u64s_helpers),
        cmocka_unit_test(test_lsh_params),
        cmocka_unit_test(test_band_keys),
        cmocka_unit_test_teardown(test_sentences_spans, teardown_sents),
        cmocka_unit_test_teardown(test_sentences_hashes, teardown_sents),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    vg_u64s_free(&sh);
    return rc;
}
