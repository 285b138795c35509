/*
 * vg_langtag.c - language field normalisation (see vg_langtag.h).
 *
 * Names are matched case-insensitively on the whole field; a parenthesised
 * part is tried as a name too ("Farsi (Persian)").  The table covers the
 * names seen in the IRA export and the languages of the EU, the former USSR
 * and the 40 most spoken; add rows as new exports show up.
 */
#include "vg_langtag.h"

#include <string.h>
#include <strings.h>

typedef struct lang_name {
    const char *name;
    size_t len; /* strlen(name): compared first, so a lookup is cheap */
    const char *code;
} lang_name;

#define L(name, code) {name, sizeof name - 1, code}

static const lang_name names[] = {
    L("afrikaans", "af"), L("albanian", "sq"), L("amharic", "am"), L("arabic", "ar"),
    L("armenian", "hy"), L("azerbaijani", "az"), L("basque", "eu"), L("belarusian", "be"),
    L("bengali", "bn"), L("bosnian", "bs"), L("bulgarian", "bg"), L("burmese", "my"),
    L("catalan", "ca"), L("chinese", "zh"), L("simplified chinese", "zh"),
    L("traditional chinese", "zh"), L("croatian", "hr"), L("czech", "cs"), L("danish", "da"),
    L("dutch", "nl"), L("english", "en"), L("esperanto", "eo"), L("estonian", "et"),
    L("farsi", "fa"), L("persian", "fa"), L("filipino", "tl"), L("tagalog", "tl"),
    L("finnish", "fi"), L("french", "fr"), L("galician", "gl"), L("georgian", "ka"),
    L("german", "de"), L("greek", "el"), L("gujarati", "gu"), L("hausa", "ha"), L("hebrew", "he"),
    L("hindi", "hi"), L("hungarian", "hu"), L("icelandic", "is"), L("indonesian", "id"),
    L("irish", "ga"), L("italian", "it"), L("japanese", "ja"), L("kannada", "kn"),
    L("kazakh", "kk"), L("khmer", "km"), L("korean", "ko"), L("kurdish", "ku"), L("kyrgyz", "ky"),
    L("lao", "lo"), L("latin", "la"), L("latvian", "lv"), L("lithuanian", "lt"),
    L("luxembourgish", "lb"), L("macedonian", "mk"), L("malay", "ms"), L("malayalam", "ml"),
    L("maltese", "mt"), L("marathi", "mr"), L("mongolian", "mn"), L("nepali", "ne"),
    L("norwegian", "no"), L("pashto", "ps"), L("pushto", "ps"), L("polish", "pl"),
    L("portuguese", "pt"), L("punjabi", "pa"), L("romanian", "ro"), L("russian", "ru"),
    L("serbian", "sr"), L("sinhala", "si"), L("slovak", "sk"), L("slovenian", "sl"),
    L("somali", "so"), L("spanish", "es"), L("swahili", "sw"), L("swedish", "sv"),
    L("tajik", "tg"), L("tamil", "ta"), L("telugu", "te"), L("thai", "th"), L("turkish", "tr"),
    L("turkmen", "tk"), L("ukrainian", "uk"), L("urdu", "ur"), L("uzbek", "uz"),
    L("vietnamese", "vi"), L("welsh", "cy"), L("yoruba", "yo"), L("zulu", "zu"),
};

static int is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static size_t by_name(const char *p, size_t n, char out[8])
{
    /* Length and first letter before the whole comparison: the column of
     * an export is looked up once per record. */
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (names[i].len == n && (p[0] | 0x20) == names[i].name[0] &&
            !strncasecmp(p, names[i].name, n)) {
            size_t k = strlen(names[i].code);
            memcpy(out, names[i].code, k + 1);
            return k;
        }
    return 0;
}

size_t vg_langtag_code(const char *p, size_t n, char out[8])
{
    out[0] = '\0';
    while (n && (p[0] == ' ' || p[0] == '\t'))
        p++, n--;
    while (n && (p[n - 1] == ' ' || p[n - 1] == '\t'))
        n--;
    if (!n)
        return 0;
    size_t k = 0;
    while (k < n && is_alpha(p[k]))
        k++;
    if ((k == 2 || k == 3) && (k == n || p[k] == '-' || p[k] == '_')) {
        for (size_t i = 0; i < k; i++)
            out[i] = (char)(p[i] | 0x20);
        out[k] = '\0';
        if (k == 3 && !memcmp(out, "und", 3)) {
            out[0] = '\0';
            return 0;
        }
        return k;
    }
    size_t r = by_name(p, n, out);
    if (r)
        return r;
    /* "Farsi (Persian)": the part before, then the part inside. */
    const char *open = memchr(p, '(', n);
    if (open && p[n - 1] == ')') {
        size_t before = (size_t)(open - p);
        while (before && p[before - 1] == ' ')
            before--;
        r = by_name(p, before, out);
        if (!r)
            r = by_name(open + 1, n - (size_t)(open - p) - 2, out);
    }
    return r;
}
