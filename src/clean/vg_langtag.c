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
    const char *code;
} lang_name;

static const lang_name names[] = {
    {"afrikaans", "af"}, {"albanian", "sq"}, {"amharic", "am"}, {"arabic", "ar"},
    {"armenian", "hy"}, {"azerbaijani", "az"}, {"basque", "eu"}, {"belarusian", "be"},
    {"bengali", "bn"}, {"bosnian", "bs"}, {"bulgarian", "bg"}, {"burmese", "my"},
    {"catalan", "ca"}, {"chinese", "zh"}, {"simplified chinese", "zh"},
    {"traditional chinese", "zh"}, {"croatian", "hr"}, {"czech", "cs"}, {"danish", "da"},
    {"dutch", "nl"}, {"english", "en"}, {"esperanto", "eo"}, {"estonian", "et"},
    {"farsi", "fa"}, {"persian", "fa"}, {"filipino", "tl"}, {"tagalog", "tl"},
    {"finnish", "fi"}, {"french", "fr"}, {"galician", "gl"}, {"georgian", "ka"},
    {"german", "de"}, {"greek", "el"}, {"gujarati", "gu"}, {"hausa", "ha"}, {"hebrew", "he"},
    {"hindi", "hi"}, {"hungarian", "hu"}, {"icelandic", "is"}, {"indonesian", "id"},
    {"irish", "ga"}, {"italian", "it"}, {"japanese", "ja"}, {"kannada", "kn"},
    {"kazakh", "kk"}, {"khmer", "km"}, {"korean", "ko"}, {"kurdish", "ku"}, {"kyrgyz", "ky"},
    {"lao", "lo"}, {"latin", "la"}, {"latvian", "lv"}, {"lithuanian", "lt"},
    {"luxembourgish", "lb"}, {"macedonian", "mk"}, {"malay", "ms"}, {"malayalam", "ml"},
    {"maltese", "mt"}, {"marathi", "mr"}, {"mongolian", "mn"}, {"nepali", "ne"},
    {"norwegian", "no"}, {"pashto", "ps"}, {"pushto", "ps"}, {"polish", "pl"},
    {"portuguese", "pt"}, {"punjabi", "pa"}, {"romanian", "ro"}, {"russian", "ru"},
    {"serbian", "sr"}, {"sinhala", "si"}, {"slovak", "sk"}, {"slovenian", "sl"},
    {"somali", "so"}, {"spanish", "es"}, {"swahili", "sw"}, {"swedish", "sv"},
    {"tajik", "tg"}, {"tamil", "ta"}, {"telugu", "te"}, {"thai", "th"}, {"turkish", "tr"},
    {"turkmen", "tk"}, {"ukrainian", "uk"}, {"urdu", "ur"}, {"uzbek", "uz"},
    {"vietnamese", "vi"}, {"welsh", "cy"}, {"yoruba", "yo"}, {"zulu", "zu"},
};

static int is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static size_t by_name(const char *p, size_t n, char out[8])
{
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strlen(names[i].name) == n && !strncasecmp(p, names[i].name, n)) {
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
