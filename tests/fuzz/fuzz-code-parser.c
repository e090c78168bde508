/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ethos-code-parser.h"
#include "fuzz-common.h"

/* The importer of a professional body's code of ethics, fed any file a practitioner could pick.
 * Either it refuses the file with an ETHOS_CODE_ERROR, or it gives a tree the store can take:
 * refs unique and non-empty (the clauses table has UNIQUE (code_id, ref)), every parent an
 * earlier clause one level up, all text valid UTF-8. */

static void
assert_text (const char *text)
{
  if (text != NULL)
    g_assert_true (g_utf8_validate (text, -1, NULL));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosCodeDoc) doc = NULL;
  g_autoptr (GHashTable) refs = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *slug = NULL;

  doc = ethos_code_parse ((const char *) data, size, &error);
  if (doc == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == ETHOS_CODE_ERROR);
      return 0;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (doc->clauses->len, >, 0);

  refs = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < doc->clauses->len; i++)
    {
      EthosClause *clause = g_ptr_array_index (doc->clauses, i);

      g_assert_nonnull (clause->ref);
      g_assert_cmpstr (clause->ref, !=, "");
      g_assert_false (g_hash_table_contains (refs, clause->ref));
      g_assert_cmpuint (clause->position, ==, i);
      g_assert_nonnull (clause->text);
      assert_text (clause->ref);
      assert_text (clause->title);
      assert_text (clause->section);
      assert_text (clause->text);
      if (clause->parent != NULL)
        {
          EthosClause *parent = g_hash_table_lookup (refs, clause->parent);

          g_assert_nonnull (parent);
          g_assert_cmpuint (clause->level, ==, parent->level + 1);
        }
      else
        g_assert_cmpuint (clause->level, ==, 1);
      g_hash_table_insert (refs, clause->ref, clause);
    }

  /* What an import does next: name the code from its title when the file has no id. */
  slug = ethos_code_slugify (doc->title != NULL ? doc->title : "my-code");
  g_assert_cmpstr (slug, !=, "");
  ethos_code_doc_set_id (doc, ethos_code_id_is_valid (slug) ? slug : "fuzz");
  plain = ethos_code_doc_to_plain_text (doc);
  assert_text (plain);
  for (guint i = 0; i < doc->clauses->len; i++)
    {
      g_autofree char *citation = ethos_clause_format_citation (g_ptr_array_index (doc->clauses, i),
                                                                doc->citation);
      assert_text (citation);
    }
  return 0;
}
