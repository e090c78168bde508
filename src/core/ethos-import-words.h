/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-import.h"
#include "ethos-reminder.h"

G_BEGIN_DECLS

char *ethos_import_describe_count (guint added, guint skipped, guint duplicates);
char *ethos_import_describe_row (const EthosImportRow *row);
char *ethos_import_describe_row_what (const EthosImportRow *row);
char *ethos_import_describe_archive (guint entries, guint reminders, guint files);
char *ethos_import_describe_added (guint added, const char *file_name);
char *ethos_import_describe_reminder (EthosReminder *reminder);
char *ethos_import_describe_exported (const char *file_name,
                                      guint       entries,
                                      guint       reminders,
                                      guint       files);

G_END_DECLS
