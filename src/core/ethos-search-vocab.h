/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ETHOS_TYPE_SEARCH_VOCAB (ethos_search_vocab_get_type ())

G_DECLARE_FINAL_TYPE (EthosSearchVocab, ethos_search_vocab, ETHOS, SEARCH_VOCAB, GObject)

/* The words the codes contain, as their index folds them (lower case, no accents), each with
 * the number of clauses it is in: for telling a word the codes know from one they do not, and
 * for the nearest known word to a misspelt one. */
EthosSearchVocab *ethos_search_vocab_new (guint n_clauses);
void              ethos_search_vocab_add (EthosSearchVocab *self, const char *word, guint n_clauses);
guint             ethos_search_vocab_count (EthosSearchVocab *self, const char *word);
guint             ethos_search_vocab_get_n_clauses (EthosSearchVocab *self);
const char       *ethos_search_vocab_nearest (EthosSearchVocab *self, const char *word);

guint             ethos_search_edit_distance (const char *a, const char *b, guint most);
char             *ethos_search_fold (const char *text);

G_END_DECLS
