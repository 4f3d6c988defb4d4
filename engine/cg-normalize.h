/* cg-normalize.h: assertion text reduced to comparable tokens, for linking.
 *
 * Two reports of one statement differ in quote marks, dashes, case,
 * punctuation, inflection, spelling ("phoney"/"phony"), the way numbers are
 * written ("$350 billion", "350bn", "350 billion dollars") and the words
 * chosen.  The normalizer folds all of that away with the rule files
 * stopwords, variants, synonyms, negation and linking ([scales],
 * [currencies]) and the Snowball English stemmer.
 *
 * Negation is scoped: a cue from negation.rules or refutation.rules
 * negates the next `scope` content words of its clause (negation.rules
 * setting), or the whole text when the text ends on an answer cue
 * ("..., he said no"; negation.rules [answers]).  So
 * "never went to law school, never practiced law" and "never went to law
 * school" agree, which a count of cues would not see.
 *
 * A normalizer holds a Snowball stemmer, which is not thread-safe: use one
 * normalizer per thread (the linker owns one).
 */
#ifndef CG_NORMALIZE_H
#define CG_NORMALIZE_H

#include "cg-model.h"
#include "cg-rules.h"

G_BEGIN_DECLS

typedef enum {
  CG_NORM_STOP = 1 << 0,        /* a stopword: compared by same_as only */
  CG_NORM_NEGATION = 1 << 1,    /* a negation cue ("not", "didn't"); never content */
  CG_NORM_CAPITALIZED = 1 << 2, /* written with an upper-case first letter */
  CG_NORM_NUMBER = 1 << 3,      /* a number; value holds it, scale applied */
  CG_NORM_YEAR = 1 << 4,        /* a number that reads as a year (1000-2999, no unit or scale) */
  CG_NORM_ENTITY = 1 << 5,      /* a name or a number: capitalized non-stopword or NUMBER */
  CG_NORM_BREAK = 1 << 6,       /* clause punctuation (, ; : . dash quote) before it */
  CG_NORM_NEGATED = 1 << 7,     /* content in the scope of a negation or refutation cue */
  CG_NORM_POSSESSIVE = 1 << 8,  /* a possessive clitic was cut from it ("Carlson's wife") */
  CG_NORM_HYPHENATED = 1 << 9   /* joined to the word before by a hyphen ("Senate-passed", "long-awaited") */
} CgNormFlags;

/* A token's strings belong to its CgNormText (CgNormText.strings) or to
 * the normalizer's table of the words it has seen, which keeps them while
 * the text lives (free the texts before the normalizer); two of them may
 * be one string. */
typedef struct {
  char   *word;     /* casefolded, accents and variants folded ("phony", "usa") */
  char   *stem;     /* Snowball stem of word; for numbers "#<value>[<unit>]" */
  char   *concept;  /* the synonym head's stem, else stem ("scam" -> "hoax"); may be the stem's own string */
  guint   flags;    /* CgNormFlags */
  /* A token of one word whose stem is the word table's: the stem's FNV-1a
   * hash (64-bit, offset basis 0xcbf29ce484222325, no finalizer) and
   * length, worked out once per distinct word, so a reader of every
   * token (the linker's compact()) need not walk the stem again.
   * stem_hash 0: not worked out (numbers, negation cues, synonym
   * phrases); then word may hold blanks. */
  guint32 stem_len;
  guint64 stem_hash;
  double  value;    /* NUMBER: the value, scale applied (350bn -> 3.5e11) */
  const char *unit; /* NUMBER: "usd", "percent", ... from linking.rules, or NULL; owned by the rules */
  const CgLexWord *side; /* cg_lexicon_word() of word in the side lexicon, NULL when none is set
                            (cg_normalizer_set_side_lexicon()) or the word is in no phrase of it */
} CgNormToken;

typedef struct {
  GArray *tokens;   /* CgNormToken, in text order (a synonym phrase gives one token) */
  guint   negations; /* number of negation cues */
  guint   non_negations; /* phrases that look negative and are not ("no doubt") */
  guint   opened;   /* of these, negations an [open] word left open ("not sufficient to establish that") */
  GStringChunk *strings; /* the tokens' strings, freed with the text (one block, not three per token) */
} CgNormText;

typedef struct _CgNormalizer CgNormalizer;

/* Requires the rule files stopwords, variants, synonyms, negation,
 * refutation and linking; the rules must outlive the normalizer.  Returns NULL with ERROR
 * set when one is missing.  Free with cg_normalizer_free(). */
CgNormalizer *cg_normalizer_new (CgRules *rules, GError **error);
void          cg_normalizer_free (CgNormalizer *normalizer);

/* A normalizer for another thread: it shares MODEL's tables (read only
 * once built) and has its own stemmer and stem cache.  It reads neither
 * the rules nor anything MODEL changes, so it may be made on any thread
 * while MODEL is in use.  MODEL must outlive it.  Free with
 * cg_normalizer_free(). */
CgNormalizer *cg_normalizer_new_like (CgNormalizer *model);

/* A lexicon whose word each token carries (CgNormToken.side), looked up
 * once per distinct word instead of once per token by the caller (the
 * linker's word lists).  Set it before the first cg_normalize(); a
 * normalizer made with cg_normalizer_new_like() afterwards has it too.
 * The lexicon must outlive the normalizer. */
void cg_normalizer_set_side_lexicon (CgNormalizer *normalizer, const CgLexicon *lexicon);
const CgLexicon *cg_normalizer_side_lexicon (CgNormalizer *normalizer);

/* How many distinct words the normalizer's stem cache holds (one record
 * per word however it was reached: for tests). */
guint cg_normalizer_n_words (CgNormalizer *normalizer);

/* Normalize TEXT (UTF-8; invalid bytes are skipped).  Returns a new
 * CgNormText, free with cg_norm_text_free(). */
CgNormText *cg_normalize (CgNormalizer *normalizer, const char *text);
void        cg_norm_text_free (CgNormText *norm);

/* The Snowball stem of one casefolded WORD, variants folded first.
 * Returns a new string. */
char *cg_normalizer_stem (CgNormalizer *normalizer, const char *word);

/* The stems of a "word ; opposite=word" rule R (antonyms.rules,
 * linking.rules [pair_opposites]) into *A and *B (new strings, the
 * caller frees them).  Returns FALSE, setting neither, when R is no such
 * rule or both words stem alike. */
gboolean cg_normalizer_stem_pair (CgNormalizer *normalizer, const CgRule *r, char **a, char **b);

/* The content concepts of TEXT joined by single spaces, in text order
 * (stopwords and negations left out, numbers as "#value"): a compact view
 * for tests, debugging and `show`.  Returns a new string. */
char *cg_normalize_string (CgNormalizer *normalizer, const char *text);

/* TRUE when the words of TEXT (casefolded, quotes and dashes folded) hold
 * one of the phrases of LEXICON; *MATCH (may be NULL) receives the rule.
 * Used for refutation cues. */
gboolean cg_normalizer_has_phrase (CgNormalizer *normalizer, const CgLexicon *lexicon,
                                   const char *text, const CgRule **match);

/* The last word of TEXT: its last run of ASCII letters (and of digits
 * too with DIGITS), trailing punctuation and spaces stepped over.
 * Returns a pointer into TEXT and its length in *LEN, or NULL when TEXT
 * has no such run. */
const char *cg_text_last_word (const char *text, gboolean digits, gsize *len);

/* cg_normalizer_has_phrase() for N_LEXICONS lexicons at once, splitting
 * TEXT once: MATCHES[k] (caller-allocated) receives the first phrase of
 * LEXICONS[k] that TEXT holds, or NULL.  The answers are remembered by
 * text and lexicon, so the lexicons must outlive the normalizer. */
void cg_normalizer_find_phrases (CgNormalizer *normalizer, const char *text, const CgLexicon *const *lexicons,
                                 guint n_lexicons, const CgRule **matches);

G_END_DECLS

#endif /* CG_NORMALIZE_H */
