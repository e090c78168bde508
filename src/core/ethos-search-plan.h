/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ethos-search-vocab.h"

G_BEGIN_DECLS

/* The most phrases one search asks the index for: each takes two bits of a 64-bit mask. */
#define ETHOS_SEARCH_MAX_PHRASES 31

/* One thing asked for: a word, a quoted phrase, or a word and the words that mean the same. */
typedef struct
{
  char      *label;     /* as searched for: the typed word, or its correction */
  GPtrArray *phrases;   /* folded words separated by one space; any of them is a match */
  guint      n_own;     /* the first n_own are what was typed (the word, as one word or two);
                         * those after it, words that mean the same */
  gboolean   open;      /* the word still being typed: it also completes to longer words */
  gboolean   quoted;    /* typed in quotes, or part of a synonym: never corrected */
  gboolean   corrected; /* the label is the nearest known word to what was typed */
} EthosSearchTerm;

#define ETHOS_TYPE_SEARCH_PLAN (ethos_search_plan_get_type ())

G_DECLARE_FINAL_TYPE (EthosSearchPlan, ethos_search_plan, ETHOS, SEARCH_PLAN, GObject)

EthosSearchPlan *ethos_search_plan_new (const char       *typed,
                                        EthosSearchVocab *vocab,
                                        GPtrArray        *synonyms);
guint            ethos_search_plan_get_n_terms (EthosSearchPlan *self);
EthosSearchTerm *ethos_search_plan_get_term (EthosSearchPlan *self, guint index);
char            *ethos_search_plan_to_fts (EthosSearchPlan *self, gboolean completions);
int              ethos_search_plan_phrase_term (EthosSearchPlan *self,
                                                gboolean         completions,
                                                guint            phrase,
                                                gboolean        *own);
gboolean         ethos_search_plan_correct (EthosSearchPlan  *self,
                                            guint             index,
                                            EthosSearchVocab *vocab);
char            *ethos_search_plan_describe_correction (EthosSearchPlan *self);

G_END_DECLS
