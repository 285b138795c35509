/*
 * vg_sim_words.h - the simulator's built-in vocabularies and templates.
 *
 * Everything here is static, read-only data: the cast of a fictional
 * election (candidates, parties, ministers, agencies, outlets), the places
 * and foreign states it happens among, and the template grammars the text
 * generator (vg_sim_text.c) expands.  Names of people and outlets are
 * invented; cities and countries are real so that texts read plausibly.
 *
 * Template grammar (expanded by vg_sim_text.c):
 *
 *   {a|b|c}    one of the alternatives, chosen uniformly; nestable; an
 *              empty alternative ({x|}) makes x optional
 *   $name      a slot: a word list, a sub-grammar or a story-bound value
 *              ([a-z0-9_]+ after the '$'); unknown slots expand to nothing
 *              and trip an assert in debug builds
 *
 * Templates never contain '{', '|', '}' or '$' as literal text.
 */
#ifndef VG_SIM_WORDS_H
#define VG_SIM_WORDS_H

#include <stdint.h>

typedef struct vg_sim_list {
    const char *const *v; /* static strings */
    uint32_t n;
} vg_sim_list;

/* A person with a role ("Interior Minister"), as used in running text. */
typedef struct vg_sim_person {
    const char *role;      /* English, capitalised before a name */
    const char *role_fr;   /* French, with its article */
    const char *first;
    const char *last;
} vg_sim_person;

/* A candidate and the party behind them. */
typedef struct vg_sim_candidate {
    const char *first;
    const char *last;
    const char *party;     /* English name */
    const char *party_fr;  /* French name */
    const char *hashtag;   /* without '#' */
    int fem;               /* 1: "she", "elle", "candidate" */
} vg_sim_candidate;

typedef struct vg_sim_agency {
    const char *name;      /* "the National Cybersecurity Agency" */
    const char *abbr;      /* "ANCS" */
    const char *name_fr;   /* "l'Agence nationale de cybersecurite" */
} vg_sim_agency;

typedef struct vg_sim_country {
    const char *name;      /* "Russia" */
    const char *capital;   /* "Moscow" */
    const char *name_fr;   /* "la Russie" */
} vg_sim_country;

/* What an outlet is; drives who writes originals, copies and stitches. */
typedef enum vg_sim_outlet_kind {
    VG_SIM_MAINSTREAM = 0, /* staff bylines, some page furniture */
    VG_SIM_WIRE = 1,       /* datelines "PARIS (EWA) —", reprinted verbatim */
    VG_SIM_STATE = 2,      /* state-affiliated; laundered by others */
    VG_SIM_FARM = 3        /* content farm: stitches, "• Name" sign-off */
} vg_sim_outlet_kind;

typedef struct vg_sim_outlet {
    const char *domain;    /* "capitalledger-example.com" */
    const char *name;      /* "The Capital Ledger" */
    const char *agency;    /* dateline agency for wire/state, else NULL */
    const char *home;      /* dateline place for state media, else NULL */
    const char *lang;      /* "en" or "fr" */
    vg_sim_outlet_kind kind;
} vg_sim_outlet;

/* Planted story topics. */
enum {
    VG_SIM_T_CYBER, VG_SIM_T_LEAK, VG_SIM_T_POLL, VG_SIM_T_DEBATE,
    VG_SIM_T_RALLY, VG_SIM_T_ECONOMY, VG_SIM_T_DISINFO, VG_SIM_T_SECURITY,
    VG_SIM_T_EUROPE, VG_SIM_T_STRIKE,
    VG_SIM_NTOPICS
};

/* Per-topic grammars. */
typedef struct vg_sim_topic {
    const char *name;       /* "cyberattack": written to the truth file */
    vg_sim_list event;      /* noun phrases: "the cyberattack" */
    vg_sim_list headline;   /* English headlines */
    vg_sim_list sentence;   /* English sentences specific to the topic */
    vg_sim_list event_fr;   /* French noun phrases */
    vg_sim_list headline_fr;
    vg_sim_list sentence_fr;
    vg_sim_list post;       /* short social posts on the topic */
} vg_sim_topic;

extern const vg_sim_topic vg_sim_topics[VG_SIM_NTOPICS];

extern const vg_sim_candidate vg_sim_candidates[];
extern const uint32_t vg_sim_ncandidates;
extern const vg_sim_person vg_sim_ministers[];
extern const uint32_t vg_sim_nministers;
extern const vg_sim_person vg_sim_officials[];
extern const uint32_t vg_sim_nofficials;
extern const vg_sim_agency vg_sim_agencies[];
extern const uint32_t vg_sim_nagencies;
extern const vg_sim_country vg_sim_countries[];
extern const uint32_t vg_sim_ncountries;
extern const vg_sim_outlet vg_sim_outlets[];
extern const uint32_t vg_sim_noutlets;

/* Plain word lists and shared grammars, by slot name. */
typedef struct vg_sim_named_list {
    const char *slot;      /* name after '$' */
    vg_sim_list list;
    int grammar;           /* 1: entries are templates to expand;
                              2: same, first letter capitalised (quotes) */
} vg_sim_named_list;

extern const vg_sim_named_list vg_sim_named[];
extern const uint32_t vg_sim_nnamed;

/* Grammars the generator calls by role rather than by slot. */
extern const vg_sim_list vg_sim_generic_en;    /* campaign sentences */
extern const vg_sim_list vg_sim_background_en; /* context, history */
extern const vg_sim_list vg_sim_quote_en;      /* sentences with a quote */
extern const vg_sim_list vg_sim_hook_en;       /* sentences on the story's figure ($key) */
extern const vg_sim_list vg_sim_hook_fr;
extern const vg_sim_list vg_sim_generic_fr;
extern const vg_sim_list vg_sim_quote_fr;
extern const vg_sim_list vg_sim_background_fr;
extern const vg_sim_list vg_sim_furniture;     /* page furniture lines */
extern const vg_sim_list vg_sim_furniture_fr;
extern const vg_sim_list vg_sim_farm_original; /* content-farm filler */
extern const vg_sim_list vg_sim_post_generic;  /* organic posts */
extern const vg_sim_list vg_sim_post_fr;
extern const vg_sim_list vg_sim_post_link;     /* comment before a link */
extern const vg_sim_list vg_sim_post_reply;
extern const vg_sim_list vg_sim_copypasta;     /* coordinated texts */
extern const vg_sim_list vg_sim_campaign_tags; /* coordinated hashtags, three per group */
extern const vg_sim_list vg_sim_hashtags;      /* without '#' */
extern const vg_sim_list vg_sim_first_names;
extern const vg_sim_list vg_sim_last_names;
extern const vg_sim_list vg_sim_handle_words;  /* for account handles */
extern const vg_sim_list vg_sim_sections;      /* URL path sections */
extern const vg_sim_list vg_sim_weekdays;      /* Monday first */
extern const vg_sim_list vg_sim_weekdays_fr;

/* Synonym pairs used for near-copy substitutions: {word, replacement}. */
extern const char *const vg_sim_synonyms[][2];
extern const uint32_t vg_sim_nsynonyms;

#endif
