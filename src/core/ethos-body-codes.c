/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-body-codes"

#include "config.h"

#include "ethos-body-codes.h"
#include "ethos-body-rules.h"

/* The codes a practitioner's bodies bind them to, as each body's file names them ([Body]
 * Codes=, data/bodies/README.md). */

/**
 * ethos_body_codes_first:
 * @body_ids: the practitioner's bodies, in the order they listed them
 * @code_ids: the codes Ethos has
 *
 * The code to show a practitioner first: the first that one of their bodies names, taking the
 * bodies in their order and each body's codes in its own, among @code_ids. A body Ethos does not
 * ship, or that names no code, is passed over.
 *
 * Returns: (transfer none) (nullable): the code's id, from @code_ids, or %NULL when none of
 *   their bodies names one of them
 */
const char *
ethos_body_codes_first (const char *const *body_ids, const char *const *code_ids)
{
  for (guint i = 0; body_ids != NULL && body_ids[i] != NULL; i++)
    {
      g_autoptr (EthosBodyRules) rules = ethos_body_rules_shipped (body_ids[i], NULL, NULL);

      for (guint c = 0; rules != NULL && rules->codes[c] != NULL; c++)
        for (guint k = 0; code_ids != NULL && code_ids[k] != NULL; k++)
          if (g_str_equal (rules->codes[c], code_ids[k]))
            return code_ids[k];
    }
  return NULL;
}
