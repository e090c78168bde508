/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-body-codes"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "ethos-body-codes.h"
#include "ethos-body-rules.h"

/* Each body names the codes it binds its members to ([Body] Codes=), and the Codes page opens
 * first on one of the practitioner's own. */

/* Every code a body names is one Ethos ships: a misspelt id would open nothing, silently. */
static void
test_named_codes_are_shipped (void)
{
  g_auto (GStrv) body_ids = ethos_body_rules_shipped_ids ();
  guint named = 0;

  for (guint i = 0; body_ids[i] != NULL; i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (EthosBodyRules) rules = ethos_body_rules_shipped (body_ids[i], NULL, &error);

      g_assert_no_error (error);
      for (guint c = 0; rules->codes[c] != NULL; c++)
        {
          g_autofree char *path = g_strdup_printf ("/org/ethosapp/Ethos/data/codes/%s.md",
                                                   rules->codes[c]);

          g_test_message ("%s: %s", body_ids[i], rules->codes[c]);
          g_assert_true (g_resources_get_info (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL,
                                               NULL));
          named++;
        }
    }
  /* Atrium (two), COSRT, IAPT, IPT UK, Western Valleys IPN. */
  g_assert_cmpuint (named, ==, 6);
}

static void
test_first (void)
{
  const char *const codes[] = { "atrium-ethics", "atrium-practice", "cosrt", "ipt-uk", NULL };
  const char *const no_atrium_practice[] = { "atrium-ethics", "cosrt", NULL };

  /* BACP ships no code: IPT UK's, though listed second. */
  g_assert_cmpstr (ethos_body_codes_first ((const char *[]) { "bacp", "ipt-uk", NULL }, codes),
                   ==, "ipt-uk");
  /* The bodies' order, then the body's own: Atrium's code of practice before its ethics. */
  g_assert_cmpstr (ethos_body_codes_first ((const char *[]) { "atrium", "cosrt", NULL }, codes),
                   ==, "atrium-practice");
  g_assert_cmpstr (ethos_body_codes_first ((const char *[]) { "cosrt", "atrium", NULL }, codes),
                   ==, "cosrt");
  g_assert_cmpstr (ethos_body_codes_first ((const char *[]) { "atrium", NULL }, no_atrium_practice),
                   ==, "atrium-ethics");
  /* None of theirs among the codes, an unknown body, no bodies at all. */
  g_assert_null (ethos_body_codes_first ((const char *[]) { "bacp", "ncps", NULL }, codes));
  g_assert_null (ethos_body_codes_first ((const char *[]) { "iapt", NULL }, codes));
  g_assert_null (ethos_body_codes_first ((const char *[]) { "no-such-body", NULL }, codes));
  g_assert_null (ethos_body_codes_first ((const char *[]) { NULL }, codes));
}

/* A body file with no Codes= names none; the key is read as a list. */
static void
test_parse (void)
{
  const char *text = "[Body]\nId=test\nName=Test body\nShortName=Test\n"
                     "Codes=first-code; second-code\n";
  g_autoptr (GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosBodyRules) rules = ethos_body_rules_parse (bytes, &error);
  g_autoptr (EthosBodyRules) copy = NULL;
  g_autoptr (EthosBodyRules) bacp = ethos_body_rules_shipped ("bacp", NULL, NULL);

  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (rules->codes), ==, 2);
  g_assert_cmpstr (rules->codes[0], ==, "first-code");
  g_assert_cmpstr (rules->codes[1], ==, "second-code");
  copy = ethos_body_rules_copy (rules);
  g_assert_true (g_strv_equal ((const char *const *) copy->codes,
                               (const char *const *) rules->codes));
  g_assert_nonnull (bacp);
  g_assert_cmpuint (g_strv_length (bacp->codes), ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/body-codes/named-codes-are-shipped", test_named_codes_are_shipped);
  g_test_add_func ("/body-codes/first", test_first);
  g_test_add_func ("/body-codes/parse", test_parse);
  return g_test_run ();
}
