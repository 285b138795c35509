/*
 * vg_furniture.c - page-furniture rules (see vg_furniture.h and
 * docs/CLEANING.md).
 *
 * Matching is on a folded copy of the line: lower-cased (utf8proc's simple
 * mapping), typographic apostrophes made ASCII, and decorations stripped at
 * both ends (spaces, bullets, arrows, "|", ":", ".", "…", "»").  A line
 * longer than FOLD_MAX bytes is never a UI string.  The phrase list is
 * exact-match on the folded line, so "Share" is furniture but "Share prices
 * fell." is not; a line that starts with a link phrase and a colon ("Read
 * more: <headline>", "Lire aussi : ...") is a link to another article.
 */
#include "vg_furniture.h"

#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

#include "vg_utf8.h"

#define FOLD_MAX 160

typedef struct phrase {
    const char *s;
    int kind;
} phrase;

#define UI VG_FURN_UI
#define TAIL VG_FURN_TAIL

/* Folded UI strings; TAIL marks the start of a comment or related section. */
static const phrase phrases[] = {
    /* en */
    {"subscribe", UI}, {"subscribe now", UI}, {"sign up", UI}, {"sign in", UI},
    {"log in", UI}, {"login", UI}, {"register", UI}, {"log in or register", TAIL},
    {"sign in or register", TAIL}, {"to participate in the discussion", TAIL},
    {"to participate in the discussion log in or register", UI},
    {"leave a reply", TAIL}, {"leave a comment", TAIL}, {"post a comment", TAIL},
    {"add a comment", TAIL}, {"comments", TAIL}, {"view comments", TAIL},
    {"show comments", TAIL}, {"join the discussion", TAIL}, {"related articles", TAIL},
    {"related posts", TAIL}, {"related stories", TAIL}, {"you may also like", TAIL},
    {"you might also like", TAIL}, {"more from this author", TAIL}, {"comment", UI},
    {"reply", UI}, {"cancel reply", UI}, {"share", UI}, {"share this", UI},
    {"share this article", UI}, {"share this story", UI}, {"share on facebook", UI},
    {"share on twitter", UI}, {"tweet", UI}, {"email", UI}, {"e-mail", UI}, {"print", UI},
    {"read more", UI}, {"continue reading", UI}, {"read also", UI}, {"see also", UI},
    {"also read", UI}, {"advertisement", UI}, {"advertising", UI}, {"sponsored", UI},
    {"sponsored content", UI}, {"newsfeed", UI}, {"news feed", UI}, {"loader", UI},
    {"loading", UI}, {"chats", UI}, {"related", UI}, {"recommended", UI}, {"most read", UI},
    {"most popular", UI}, {"trending", UI}, {"follow us", UI}, {"follow us on twitter", UI},
    {"like us on facebook", UI}, {"click here", UI}, {"skip to content", UI},
    {"skip to main content", UI}, {"menu", UI}, {"search", UI}, {"home", UI},
    {"accept", UI}, {"accept all", UI}, {"accept cookies", UI}, {"i agree", UI},
    {"got it", UI}, {"privacy policy", UI}, {"terms of use", UI}, {"cookie policy", UI},
    {"all rights reserved", UI}, {"newsletter", UI}, {"sign up for our newsletter", UI},
    {"whatsapp", UI}, {"facebook", UI}, {"twitter", UI}, {"telegram", UI}, {"vk", UI},
    {"linkedin", UI}, {"reddit", UI}, {"pinterest", UI}, {"copy link", UI},
    {"back to top", UI}, {"next article", UI}, {"previous article", UI}, {"close", UI},
    {"top stories", UI}, {"latest news", UI}, {"tags", UI}, {"topics", UI}, {"listen", UI},
    {"watch", UI}, {"video", UI}, {"photo", UI}, {"audio", UI}, {"more", UI},
    /* fr */
    {"s'abonner", UI}, {"abonnez-vous", UI}, {"se connecter", UI}, {"connexion", UI},
    {"s'inscrire", UI}, {"inscription", UI}, {"laisser un commentaire", TAIL},
    {"laissez un commentaire", TAIL}, {"commentaires", TAIL}, {"réagir", TAIL},
    {"sur le même sujet", TAIL}, {"à lire aussi", UI}, {"lire aussi", UI},
    {"lire la suite", UI}, {"commenter", UI}, {"partager", UI}, {"partager sur facebook", UI},
    {"tweeter", UI}, {"imprimer", UI}, {"publicité", UI}, {"répondre", UI},
    {"j'accepte", UI}, {"tout accepter", UI}, {"suivez-nous", UI}, {"en savoir plus", UI},
    {"voir aussi", UI}, {"les plus lus", UI},
    /* de */
    {"abonnieren", UI}, {"jetzt abonnieren", UI}, {"anmelden", UI}, {"einloggen", UI},
    {"registrieren", UI}, {"kommentar schreiben", TAIL}, {"kommentare", TAIL},
    {"mehr zum thema", TAIL}, {"kommentieren", UI}, {"teilen", UI}, {"twittern", UI},
    {"drucken", UI}, {"weiterlesen", UI}, {"mehr lesen", UI}, {"lesen sie auch", UI},
    {"anzeige", UI}, {"werbung", UI}, {"akzeptieren", UI}, {"alle akzeptieren", UI},
    {"folgen sie uns", UI}, {"zum seitenanfang", UI}, {"artikel teilen", UI},
    /* es */
    {"suscribirse", UI}, {"suscríbete", UI}, {"iniciar sesión", UI}, {"registrarse", UI},
    {"regístrate", UI}, {"deja un comentario", TAIL}, {"dejar un comentario", TAIL},
    {"comentarios", TAIL}, {"noticias relacionadas", TAIL}, {"comentar", UI},
    {"compartir", UI}, {"compartir en facebook", UI}, {"tuitear", UI}, {"imprimir", UI},
    {"leer más", UI}, {"seguir leyendo", UI}, {"lee también", UI}, {"publicidad", UI},
    {"te puede interesar", UI}, {"aceptar", UI}, {"acepto", UI}, {"síguenos", UI},
    /* it */
    {"iscriviti", UI}, {"abbonati", UI}, {"accedi", UI}, {"registrati", UI},
    {"lascia un commento", TAIL}, {"commenti", TAIL}, {"articoli correlati", TAIL},
    {"commenta", UI}, {"condividi", UI}, {"stampa", UI}, {"leggi anche", UI},
    {"leggi di più", UI}, {"continua a leggere", UI}, {"pubblicità", UI}, {"accetta", UI},
    {"accetto", UI}, {"seguici", UI},
    /* ru */
    {"подписаться", UI}, {"подпишитесь", UI}, {"войти", UI}, {"вход", UI},
    {"регистрация", UI}, {"зарегистрироваться", UI}, {"войдите или зарегистрируйтесь", TAIL},
    {"авторизуйтесь или зарегистрируйтесь", TAIL}, {"чтобы участвовать в дискуссии", TAIL},
    {"оставить комментарий", TAIL}, {"комментарии", TAIL}, {"комментировать", UI},
    {"поделиться", UI}, {"твитнуть", UI}, {"печать", UI}, {"читать далее", UI},
    {"читать также", UI}, {"читайте также", UI}, {"реклама", UI}, {"лента новостей", UI},
    {"лента", UI}, {"загрузка", UI}, {"чаты", UI}, {"принять", UI}, {"подробнее", UI},
    /* pt */
    {"assinar", UI}, {"assine", UI}, {"inscreva-se", UI}, {"entrar", UI},
    {"cadastre-se", UI}, {"deixe um comentário", TAIL}, {"deixe uma resposta", TAIL},
    {"comentários", TAIL}, {"notícias relacionadas", TAIL}, {"compartilhar", UI},
    {"partilhar", UI}, {"leia mais", UI}, {"leia também", UI}, {"veja também", UI},
    {"publicidade", UI}, {"aceitar", UI}, {"siga-nos", UI},
};

/* Folded prefixes of cookie and consent notices (whole line is furniture). */
static const char *const notice_prefixes[] = {
    "we use cookies", "this website uses cookies", "this site uses cookies",
    "by continuing to use this site", "by using this site, you agree",
    "nous utilisons des cookies", "ce site utilise des cookies", "wir verwenden cookies",
    "diese website verwendet cookies", "utilizamos cookies", "este sitio web utiliza cookies",
    "utilizziamo i cookie", "questo sito utilizza cookie", "мы используем cookie",
    "мы используем файлы cookie", "этот сайт использует cookie", "este site utiliza cookies",
    "este site usa cookies", "copyright ©", "© copyright",
};

/* Folded starts of a link to another article, "Read more: <headline>":
 * the phrase, then a colon (after spaces or a no-break space). */
static const char *const link_prefixes[] = {
    "read more", "read also", "also read", "see also", "related", "more on this",
    "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "lire la suite",
    "lesen sie auch", "mehr zum thema", "lea también", "leer más", "vea también",
    "leggi anche", "читайте также", "смотрите также", "leia também", "veja também",
};

static int is_link_line(const char *f, size_t k)
{
    for (size_t i = 0; i < sizeof link_prefixes / sizeof *link_prefixes; i++) {
        size_t m = strlen(link_prefixes[i]);
        if (k <= m || memcmp(f, link_prefixes[i], m) != 0)
            continue;
        size_t j = m;
        for (;;) {
            if (j < k && f[j] == ' ')
                j++;
            else if (j + 1 < k && !memcmp(f + j, "\xc2\xa0", 2))
                j += 2;
            else if (j + 2 < k && !memcmp(f + j, "\xe2\x80\xaf", 3))
                j += 3;
            else
                break;
        }
        if (j < k && f[j] == ':')
            return 1;
    }
    return 0;
}

/* Words that can follow a number on a counter line. */
static const char *const counter_words[] = {
    "comment", "comments", "share", "shares", "like", "likes", "view", "views", "reply",
    "replies", "reaction", "reactions", "retweets", "commentaire", "commentaires",
    "partages", "kommentar", "kommentare", "comentario", "comentarios", "commento",
    "commenti", "comentário", "comentários", "комментарий", "комментария",
    "комментариев", "просмотр", "просмотра", "просмотров", "k", "m",
};

static int is_edge_junk(uint32_t cp)
{
    return cp == ' ' || cp == '.' || cp == ':' || cp == '|' || cp == '>' || cp == '<'
           || cp == '*' || cp == '-' || cp == '!' || cp == 0xBB || cp == 0xAB || cp == 0x2026
           || cp == 0x2022 || cp == 0xB7 || cp == 0x203A || cp == 0x2039 || cp == 0x2192
           || cp == 0x2013 || cp == 0x2014 || cp == 0x25B6 || cp == 0x25BA || cp == 0x2794
           || cp == 0x279C || cp == 0x2B07 || cp == 0x25BC;
}

/* Fold p[0..n) into out (see the header comment); 0 when it does not fit. */
static size_t fold(const char *p, size_t n, char *out, size_t cap)
{
    size_t b = 0, e = n, k = 0;
    while (b < e) { /* strip leading decoration */
        size_t j = b;
        if (!is_edge_junk(vg_utf8_next(p, e, &j)))
            break;
        b = j;
    }
    while (e > b) { /* strip trailing decoration */
        size_t j = e;
        if (!is_edge_junk(vg_utf8_prev(p, &j)))
            break;
        e = j;
    }
    if (e - b >= cap)
        return 0;
    size_t i = b;
    while (i < e) {
        unsigned char c = (unsigned char)p[i];
        uint32_t cp;
        if (c < 0x80) {
            cp = c >= 'A' && c <= 'Z' ? c + 32u : c;
            i++;
        } else {
            cp = vg_utf8_next(p, e, &i);
            if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC)
                cp = '\'';
            else
                cp = (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
        }
        char tmp[4];
        size_t m = vg_utf8_encode(cp, tmp);
        if (k + m >= cap)
            return 0;
        memcpy(out + k, tmp, m);
        k += m;
    }
    out[k] = '\0';
    return k;
}

static int is_counter(const char *f, size_t k)
{
    size_t i = 0;
    if (k && f[0] == '(' && f[k - 1] == ')') { /* "(12)" */
        f++;
        k -= 2;
    }
    while (i < k && ((f[i] >= '0' && f[i] <= '9') || f[i] == ',' || f[i] == '.'))
        i++;
    if (i == 0 || !(f[0] >= '0' && f[0] <= '9'))
        return 0;
    if (i == k)
        return 1;
    if (f[i] != ' ' && f[i] != 'k' && f[i] != 'm')
        return 0;
    if (f[i] == ' ')
        i++;
    for (size_t w = 0; w < sizeof counter_words / sizeof *counter_words; w++)
        if (strlen(counter_words[w]) == k - i && !memcmp(f + i, counter_words[w], k - i))
            return 1;
    return 0;
}

/* Longest folded phrase is well under this; longer lines only get the
 * notice-prefix test, on a folded prefix of this many bytes. */
#define PHRASE_MAX 64

int vg_furniture_ui(const char *p, size_t n)
{
    char f[FOLD_MAX * 2];
    size_t k;
    if (n <= FOLD_MAX && (k = fold(p, n, f, sizeof f)) && is_link_line(f, k))
        return VG_FURN_UI;
    if (n > PHRASE_MAX) {
        size_t cut = PHRASE_MAX;
        while (cut > 0 && ((unsigned char)p[cut] & 0xC0) == 0x80) /* whole characters */
            cut--;
        k = fold(p, cut, f, sizeof f);
        for (size_t i = 0; k && i < sizeof notice_prefixes / sizeof *notice_prefixes; i++) {
            size_t m = strlen(notice_prefixes[i]);
            if (k >= m && !memcmp(f, notice_prefixes[i], m))
                return VG_FURN_UI;
        }
        return VG_FURN_NONE;
    }
    k = fold(p, n, f, sizeof f);
    if (n && !k) /* nothing but decoration ("***", "|", "»") */
        return VG_FURN_UI;
    for (size_t i = 0; i < sizeof notice_prefixes / sizeof *notice_prefixes; i++) {
        size_t m = strlen(notice_prefixes[i]);
        if (k >= m && !memcmp(f, notice_prefixes[i], m))
            return VG_FURN_UI;
    }
    if (is_counter(f, k))
        return VG_FURN_UI;
    for (size_t i = 0; i < sizeof phrases / sizeof *phrases; i++)
        if (phrases[i].s[0] == f[0] && strlen(phrases[i].s) == k && !memcmp(f, phrases[i].s, k))
            return phrases[i].kind;
    return VG_FURN_NONE;
}

/* Case-insensitive ASCII prefix test. */
static int prefix_ci(const char *p, size_t n, const char *lit)
{
    size_t k = strlen(lit);
    if (n < k)
        return 0;
    for (size_t i = 0; i < k; i++) {
        unsigned char c = (unsigned char)p[i];
        if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != (unsigned char)lit[i])
            return 0;
    }
    return 1;
}

/* Credit lines start like this (folded, ASCII-insensitive). */
static const char *const credit_starts[] = {
    "\xC2\xA9", "photo:", "photos:", "photo :", "photo credit", "photograph:",
    "image:", "image credit", "picture:", "credit:", "credits:", "foto:", "fotos:", "bild:",
    "crédit photo", "crédits photo", "crédit :",
    "\xD0\xA4\xD0\xBE\xD1\x82\xD0\xBE:", /* Фото: */
    "imagen:", "getty images", "shutterstock",
};

/* A parenthesised credit at the end of a caption begins with one of these. */
static const char *const credit_groups[] = {
    "photo", "foto", "image", "picture", "credit", "crédit", "bild",
    "\xD1\x84\xD0\xBE\xD1\x82\xD0\xBE", /* фото */
    "afp photo", "ap photo", "reuters photo", "epa photo", "file photo", "getty",
};

/* Last word of a site or agency name appended to a caption with " - ". */
static const char *const site_tails[] = {
    "International", "Images", "Photo", "Photos", "News", "Agency", "Press", "Novosti",
    "TASS", "Sputnik", "Reuters", "AFP", "AP", "EPA", "Shutterstock", "iStock", "Commons",
    "RT", "Xinhua", "Anadolu",
};

static int is_upper_start(const char *p, size_t n)
{
    size_t i = 0;
    if (!n)
        return 0;
    uint32_t cp = vg_utf8_next(p, n, &i);
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

/*
 * Offset of the name after a " - ", " – " or " — " near the end of p, when
 * what follows is 1 to 4 capitalised words; 0 when none.
 */
static size_t dash_suffix(const char *p, size_t n, size_t *dash_at)
{
    size_t lim = n > 60 ? n - 60 : 0;
    for (size_t i = n; i-- > lim;) {
        size_t d = 0;
        if (p[i] == ' ' && i + 2 < n && p[i + 1] == '-' && p[i + 2] == ' ')
            d = 3;
        else if (p[i] == ' ' && i + 4 < n && !memcmp(p + i + 1, "\xE2\x80", 2)
                 && (p[i + 3] == '\x93' || p[i + 3] == '\x94') && p[i + 4] == ' ')
            d = 5;
        if (!d)
            continue;
        size_t s = i + d, words = 0;
        for (size_t w = s; w < n;) {
            if (!is_upper_start(p + w, n - w) && !(p[w] >= '0' && p[w] <= '9'))
                return 0;
            words++;
            const char *sp = memchr(p + w, ' ', n - w);
            w = sp ? (size_t)(sp - p) + 1 : n;
        }
        if (words < 1 || words > 4)
            return 0;
        *dash_at = i;
        return s;
    }
    return 0;
}

int vg_furniture_credit(const char *p, size_t n)
{
    for (size_t i = 0; i < sizeof credit_starts / sizeof *credit_starts; i++)
        if (prefix_ci(p, n, credit_starts[i]))
            return 1;
    if (n && p[n - 1] == ')') { /* "... (Photos by AFP)", "(Photo: X/Reuters)" */
        size_t o = n - 1;
        while (o > 0 && p[o] != '(' && n - o < 120)
            o--;
        if (p[o] == '(') {
            char f[128];
            size_t k = fold(p + o + 1, n - o - 2, f, sizeof f);
            for (size_t i = 0; k && i < sizeof credit_groups / sizeof *credit_groups; i++) {
                size_t m = strlen(credit_groups[i]);
                if (k >= m && !memcmp(f, credit_groups[i], m))
                    return 1;
            }
        }
    }
    size_t dash, s = dash_suffix(p, n, &dash);
    if (s && dash >= 40) { /* a caption credited to a site: "... 2016. - Sputnik International" */
        size_t lw = n;
        while (lw > s && p[lw - 1] != ' ')
            lw--;
        for (size_t i = 0; i < sizeof site_tails / sizeof *site_tails; i++)
            if (strlen(site_tails[i]) == n - lw && !memcmp(p + lw, site_tails[i], n - lw))
                return 1;
    }
    return 0;
}

/* Words that stay lower case in English Title Case. */
static const char *const minor_words[] = {
    "a", "an", "the", "and", "but", "or", "nor", "for", "of", "to", "in", "on", "at", "by",
    "as", "vs", "via", "with", "from", "into", "over", "per", "up",
};

int vg_furniture_headline(const char *p, size_t n)
{
    if (n < 20 || n > 200)
        return 0;
    unsigned char last = (unsigned char)p[n - 1];
    if (strchr(".!?;:,\"')]", last) || last >= 0x80) /* ends like a sentence or a quote */
        return 0;
    if (!is_upper_start(p, n))
        return 0;
    size_t words = 0, caps = 0, lower = 0;
    for (size_t w = 0; w < n;) {
        const char *sp = memchr(p + w, ' ', n - w);
        size_t e = sp ? (size_t)(sp - p) : n;
        size_t len = e - w;
        words++;
        if (is_upper_start(p + w, len)) {
            caps++;
        } else if ((p[w] >= 'a' && p[w] <= 'z') || (unsigned char)p[w] >= 0x80) {
            int minor = 0;
            for (size_t i = 0; i < sizeof minor_words / sizeof *minor_words; i++)
                if (strlen(minor_words[i]) == len && !memcmp(p + w, minor_words[i], len))
                    minor = 1;
            lower += !minor;
        }
        w = e + 1;
    }
    return words >= 6 && words <= 25 && lower == 0 && caps * 2 >= words;
}

int vg_furniture_script_of(unsigned cp)
{
    if (cp < 0x80)
        return ((cp | 32) >= 'a' && (cp | 32) <= 'z') ? VG_SCRIPT_LATIN : VG_SCRIPT_NONE;
    if (cp < 0x250)
        return (cp >= 0xC0 && cp != 0xD7 && cp != 0xF7) || cp == 0xAA || cp == 0xBA
                   ? VG_SCRIPT_LATIN : VG_SCRIPT_NONE;
    if (cp >= 0x1E00 && cp <= 0x1EFF)
        return VG_SCRIPT_LATIN;
    if (cp >= 0x370 && cp <= 0x3FF)
        return VG_SCRIPT_GREEK;
    if (cp >= 0x400 && cp <= 0x52F)
        return VG_SCRIPT_CYRILLIC;
    if (cp >= 0x530 && cp <= 0x58F)
        return VG_SCRIPT_ARMENIAN;
    if (cp >= 0x590 && cp <= 0x5FF)
        return VG_SCRIPT_HEBREW;
    if ((cp >= 0x600 && cp <= 0x6FF) || (cp >= 0x750 && cp <= 0x77F))
        return VG_SCRIPT_ARABIC;
    if (cp >= 0x900 && cp <= 0xDFF)
        return VG_SCRIPT_INDIC;
    if (cp >= 0xE00 && cp <= 0xE7F)
        return VG_SCRIPT_THAI;
    if (cp >= 0x10A0 && cp <= 0x10FF)
        return VG_SCRIPT_GEORGIAN;
    if ((cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0xAC00 && cp <= 0xD7AF))
        return VG_SCRIPT_HANGUL;
    if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x20000 && cp <= 0x2FFFF))
        return VG_SCRIPT_CJK;
    if (cp >= 0x2000 && cp <= 0x2BFF)
        return VG_SCRIPT_NONE; /* punctuation, symbols, arrows */
    if (cp >= 0x1F000)
        return VG_SCRIPT_NONE; /* emoji */
    utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO ? VG_SCRIPT_OTHER
                                                                   : VG_SCRIPT_NONE;
}

void vg_furniture_script_count(const char *p, size_t n, size_t counts[VG_SCRIPT_COUNT])
{
    const unsigned char *u = (const unsigned char *)p;
    size_t i = 0, latin = 0;
    while (i < n) {
        unsigned char c = u[i];
        if (c < 0x80) {
            latin += ((c | 32) >= 'a' && (c | 32) <= 'z');
            i++;
        } else {
            size_t len;
            counts[vg_furniture_script_of(vg_utf8_decode_valid(u + i, &len))]++;
            i += len;
        }
    }
    counts[VG_SCRIPT_LATIN] += latin;
}

size_t vg_furniture_title_cut(const char *p, size_t n)
{
    /* " | Site" : the last bar-separated segment when short. */
    for (size_t i = n; i-- > 0;) {
        if (p[i] == '|' && i > 0 && p[i - 1] == ' ' && i + 1 < n && p[i + 1] == ' ') {
            size_t seg = n - (i + 2);
            if (seg <= 40 && i - 1 >= 15)
                return i - 1;
            break;
        }
    }
    size_t dash, s = dash_suffix(p, n, &dash);
    if (s && dash >= 15 && n - s <= 40) {
        size_t lw = n;
        while (lw > s && p[lw - 1] != ' ')
            lw--;
        for (size_t i = 0; i < sizeof site_tails / sizeof *site_tails; i++)
            if (strlen(site_tails[i]) == n - lw && !memcmp(p + lw, site_tails[i], n - lw))
                return dash;
        /* a domain name: "- sputniknews.com" */
        if (memchr(p + s, '.', n - s) && !memchr(p + s, ' ', n - s))
            return dash;
    }
    return n;
}
