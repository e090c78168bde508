/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ethos-entry.h"
#include "ethos-store.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_DIARY_MODEL (ethos_diary_model_get_type ())

G_DECLARE_FINAL_TYPE (EthosDiaryModel, ethos_diary_model, ETHOS, DIARY_MODEL, GObject)

EthosDiaryModel *ethos_diary_model_new (EthosStore *store, int kind);
void             ethos_diary_model_set_kind (EthosDiaryModel *self, int kind);
void             ethos_diary_model_set_range (EthosDiaryModel *self,
                                              const char      *from,
                                              const char      *to);
int              ethos_diary_model_get_kind (EthosDiaryModel *self);
void             ethos_diary_model_reload (EthosDiaryModel *self);
gboolean         ethos_diary_model_starts_month (EthosDiaryModel *self, guint position);
gboolean         ethos_diary_model_find (EthosDiaryModel *self,
                                         EthosEntry      *entry,
                                         guint           *position);
gboolean         ethos_diary_model_covers (EthosDiaryModel *self, const char *date);
gboolean         ethos_diary_model_find_date (EthosDiaryModel  *self,
                                              const char       *date,
                                              guint            *position,
                                              GError          **error);

G_END_DECLS
