/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-import-item"

#include "config.h"

#include "ethos-import-item.h"

/* One row of an import's preview, as an item of the preview's list: the import and the row's
 * place in it. The items are made again whenever the import reads its rows again. */

struct _EthosImportItem
{
  GObject      parent_instance;

  EthosImport *import;
  guint        index;
};

G_DEFINE_FINAL_TYPE (EthosImportItem, ethos_import_item, G_TYPE_OBJECT)

static void
ethos_import_item_dispose (GObject *object)
{
  g_clear_object (&ETHOS_IMPORT_ITEM (object)->import);

  G_OBJECT_CLASS (ethos_import_item_parent_class)->dispose (object);
}

static void
ethos_import_item_class_init (EthosImportItemClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ethos_import_item_dispose;
}

static void
ethos_import_item_init (EthosImportItem *self)
{
}

EthosImportItem *
ethos_import_item_new (EthosImport *import, guint index)
{
  EthosImportItem *self = g_object_new (ETHOS_TYPE_IMPORT_ITEM, NULL);

  self->import = g_object_ref (import);
  self->index = index;
  return self;
}

const EthosImportRow *
ethos_import_item_get_row (EthosImportItem *self)
{
  g_return_val_if_fail (ETHOS_IS_IMPORT_ITEM (self), NULL);

  return ethos_import_get_row (self->import, self->index);
}

guint
ethos_import_item_get_index (EthosImportItem *self)
{
  g_return_val_if_fail (ETHOS_IS_IMPORT_ITEM (self), 0);

  return self->index;
}

/* The row's tick: stored by the import or not. */
void
ethos_import_item_set_included (EthosImportItem *self, gboolean included)
{
  g_return_if_fail (ETHOS_IS_IMPORT_ITEM (self));

  ethos_import_set_included (self->import, self->index, included);
}
