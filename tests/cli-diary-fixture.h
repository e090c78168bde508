/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "case-fixture.h"
#include "cli-runner.h"

G_BEGIN_DECLS

void set_profile (CaseFixture *fixture);
void add_first_session (CaseFixture *fixture, Run *add);
void add_group_session (CaseFixture *fixture, const char *minutes, Run *group);
void add_course (CaseFixture *fixture);
void profile_setup (CaseFixture *fixture, gconstpointer data);
void diary_setup (CaseFixture *fixture, gconstpointer data);

G_END_DECLS
