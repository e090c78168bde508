/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-clause"

#include "config.h"

#include "ethos-citation.h"
#include "ethos-clause.h"

G_DEFINE_FINAL_TYPE (EthosClause, ethos_clause, G_TYPE_OBJECT)

static void
ethos_clause_finalize (GObject *object)
{
  EthosClause *self = ETHOS_CLAUSE (object);

  g_free (self->code_id);
  g_free (self->ref);
  g_free (self->parent);
  g_free (self->title);
  g_free (self->section);
  g_free (self->text);

  G_OBJECT_CLASS (ethos_clause_parent_class)->finalize (object);
}

static void
ethos_clause_class_init (EthosClauseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ethos_clause_finalize;
}

static void
ethos_clause_init (EthosClause *self)
{
}

EthosClause *
ethos_clause_new (void)
{
  return g_object_new (ETHOS_TYPE_CLAUSE, NULL);
}

/* What a list or a search result shows as the clause's heading: its own title when it has one,
 * otherwise the section it stands in. */
const char *
ethos_clause_get_heading (EthosClause *clause)
{
  g_return_val_if_fail (ETHOS_IS_CLAUSE (clause), NULL);

  if (clause->title != NULL && clause->title[0] != '\0')
    return clause->title;
  return clause->section;
}

/* "COSRT 26: You must have proper…": what a practitioner pastes into a report or a supervision
 * note, cited as ethos_citation_format() cites it. @citation is the code's short name. */
char *
ethos_clause_format_citation (EthosClause *clause, const char *citation)
{
  g_autofree char *cited = NULL;
  GString *out;

  g_return_val_if_fail (ETHOS_IS_CLAUSE (clause), NULL);

  cited = ethos_citation_for_clause (citation != NULL ? citation : clause->code_id, clause);
  out = g_string_new (cited);
  g_string_append_c (out, ':');
  if (clause->title != NULL)
    g_string_append_printf (out, " %s.", clause->title);
  if (clause->text != NULL && clause->text[0] != '\0')
    g_string_append_printf (out, " %s", clause->text);
  return g_string_free (out, FALSE);
}
