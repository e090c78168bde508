/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gsf/gsf.h>
#include <libxml/tree.h>

#include "ethos-table.h"

G_BEGIN_DECLS

/* For the readers in src/import only. */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
/* libgsf 1.14 has no autoptr of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInput, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInfile, g_object_unref)

EthosTable *ethos_table_read_csv (const char *path, const char *name, GError **error);
EthosTable *ethos_table_read_ods (GsfInfile *zip, const char *name, GError **error);
EthosTable *ethos_table_read_xlsx (GsfInfile *zip, const char *name, GError **error);
EthosTable *ethos_table_read_docx (GsfInfile *zip, const char *name, GError **error);

xmlDoc     *ethos_zip_read_xml (GsfInfile  *zip,
                                const char *member,
                                const char *name,
                                const char *what,
                                GError    **error);
gboolean    ethos_zip_has (GsfInfile *zip, const char *member);
gboolean    ethos_xml_is (xmlNode *node, const char *name);
char       *ethos_xml_attr (xmlNode *node, const char *name);
char       *ethos_xml_text (xmlNode *node, gboolean only_t);
xmlNode    *ethos_xml_find (xmlNode *node, const char *name);
void        ethos_table_not_a (GError **error, const char *name, const char *what);
EthosTable *ethos_table_take_sheet (EthosTable **table, const char *name, GError **error);

G_END_DECLS
