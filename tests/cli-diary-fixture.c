/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cli-diary-fixture"

#include "config.h"

#include "cli-diary-fixture.h"

/* The diary the CLI's diary tests start from, made through ethos-cli in the case's folder. */

/* Jo Practitioner, an accredited member of BACP (0123456) and working towards COSRT
 * accreditation. */
void
set_profile (CaseFixture *fixture)
{
  g_auto (Run) set = { 0 };
  g_auto (Run) classes = { 0 };

  run_cli (&set, "profile", "set", "--name", "Jo Practitioner", "--bodies", "bacp,cosrt",
           "--membership", "bacp=0123456");
  assert_ok (&set);
  run_cli (&classes, "profile", "set", "--class", "bacp=accredited", "--class",
           "cosrt=pre-accreditation");
  assert_ok (&classes);
}

/* 90 minutes with Dr Ann Example on 14 January 2026, on COSRT 64. */
void
add_first_session (CaseFixture *fixture, Run *add)
{
  run_cli (add, "supervision", "add", "--date", "2026-01-14", "--minutes", "90", "--supervisor",
           "Dr Ann Example", "--notes", "Endings, and \"what is enough\", again.", "--clause",
           "cosrt:64");
  assert_ok (add);
}

/* @minutes by video in a group of 3 on 28 January 2026. */
void
add_group_session (CaseFixture *fixture, const char *minutes, Run *group)
{
  run_cli (group, "supervision", "add", "--date", "2026-01-28", "--minutes", minutes, "--format",
           "group", "--group-size", "3", "--mode", "video");
  assert_ok (group);
}

/* A course of 12.5 hours over 5 and 6 March 2026, with its certificate and what it changed. */
void
add_course (CaseFixture *fixture)
{
  g_autofree char *certificate = case_path (fixture, "certificate.pdf");
  g_auto (Run) add = { 0 };

  g_assert_true (g_file_set_contents (certificate, "%PDF-1.4 a certificate", -1, NULL));
  run_cli (&add, "cpd", "add", "--date", "2026-03-05", "--end-date", "2026-03-06", "--hours",
           "12.5", "--title", "Working with couples", "--kind", "formal", "--evidence",
           certificate, "--impact", "I contract differently now.");
  assert_ok (&add);
}

/* The profile alone, for a case that adds the diary itself. */
void
profile_setup (CaseFixture *fixture, gconstpointer data)
{
  case_fixture_setup (fixture, data);
  set_profile (fixture);
}

/* The profile and a first quarter of 2026: in January 90 minutes alone and 180 in a group of 3
 * (which BACP credits at half), none in February, and the March course. */
void
diary_setup (CaseFixture *fixture, gconstpointer data)
{
  g_auto (Run) add = { 0 };
  g_auto (Run) group = { 0 };

  profile_setup (fixture, data);
  add_first_session (fixture, &add);
  add_group_session (fixture, "180", &group);
  add_course (fixture);
}
