/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-table-zip"

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <stdlib.h>
#include <string.h>

#include "ethos-table-readers-private.h"

/* What the zip-based readers share: a member of the zip (through libgsf) parsed as XML (through
 * libxml2, no network and no entities), and walking it by local names, since the three formats
 * agree on little else. */

/* The largest XML member read: a sheet of a million short rows fits. */
#define MEMBER_MAX (256 * 1024 * 1024)

void
ethos_table_not_a (GError **error, const char *name, const char *what)
{
  /* Translators: a file's name, then what its name says it is ("an Excel workbook (.xlsx)") */
  g_set_error (error, ETHOS_TABLE_ERROR, ETHOS_TABLE_ERROR_NOT_A_TABLE,
               _("“%s” is not %s: it cannot be read as one"), name, what);
}

/* @table, read from the first sheet of the workbook @name, taken from the caller; NULL, with
 * ETHOS_TABLE_ERROR_NO_TABLE, when the sheet is empty. */
EthosTable *
ethos_table_take_sheet (EthosTable **table, const char *name, GError **error)
{
  if (ethos_table_get_n_rows (*table) == 0)
    {
      g_set_error (error, ETHOS_TABLE_ERROR, ETHOS_TABLE_ERROR_NO_TABLE,
                   _("The first sheet of “%s” is empty"), name);
      return NULL;
    }
  return g_steal_pointer (table);
}

static GsfInput *
member (GsfInfile *zip, const char *path)
{
  g_auto (GStrv) parts = g_strsplit (path, "/", -1);

  return gsf_infile_child_by_aname (zip, (const char **) parts);
}

gboolean
ethos_zip_has (GsfInfile *zip, const char *path)
{
  g_autoptr (GsfInput) input = member (zip, path);

  return input != NULL;
}

xmlDoc *
ethos_zip_read_xml (GsfInfile  *zip,
                    const char *path,
                    const char *name,
                    const char *what,
                    GError    **error)
{
  g_autoptr (GsfInput) input = member (zip, path);
  g_autofree guint8 *data = NULL;
  gsf_off_t size;
  xmlDoc *doc;

  if (input == NULL)
    {
      ethos_table_not_a (error, name, what);
      return NULL;
    }
  size = gsf_input_size (input);
  if (size < 0 || size > MEMBER_MAX)
    {
      g_set_error (error, ETHOS_TABLE_ERROR, ETHOS_TABLE_ERROR_NOT_A_TABLE,
                   _("“%s” is too large to read"), name);
      return NULL;
    }
  data = g_malloc (size + 1);
  if (size > 0 && gsf_input_read (input, size, data) == NULL)
    {
      ethos_table_not_a (error, name, what);
      return NULL;
    }
  doc = xmlReadMemory ((const char *) data, (int) size, path, NULL,
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING
                         | XML_PARSE_NOBLANKS | XML_PARSE_COMPACT);
  if (doc == NULL || xmlDocGetRootElement (doc) == NULL)
    {
      if (doc != NULL)
        xmlFreeDoc (doc);
      ethos_table_not_a (error, name, what);
      return NULL;
    }
  return doc;
}

/* Whether @node is the element @name, whatever its namespace. */
gboolean
ethos_xml_is (xmlNode *node, const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE
         && strcmp ((const char *) node->name, name) == 0;
}

/* The attribute @name of @node, whatever its namespace, or NULL. */
char *
ethos_xml_attr (xmlNode *node, const char *name)
{
  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    if (strcmp ((const char *) attr->name, name) == 0)
      {
        xmlChar *value = xmlNodeListGetString (node->doc, attr->children, 1);
        char *copy = g_strdup (value != NULL ? (const char *) value : "");

        xmlFree (value);
        return copy;
      }
  return NULL;
}

/* The first element @name under @node, depth first, or NULL. */
xmlNode *
ethos_xml_find (xmlNode *node, const char *name)
{
  for (xmlNode *child = node != NULL ? node->children : NULL; child != NULL; child = child->next)
    {
      xmlNode *found;

      if (ethos_xml_is (child, name))
        return child;
      found = ethos_xml_find (child, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
collect (GString *out, xmlNode *node, gboolean only_t, gboolean in_t)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        {
          if (!only_t || in_t)
            g_string_append (out, (const char *) child->content);
          continue;
        }
      if (child->type != XML_ELEMENT_NODE)
        continue;
      /* Comments on a cell, phonetic guides, deleted text and field codes are not its text. */
      if (ethos_xml_is (child, "annotation") || ethos_xml_is (child, "rPh")
          || ethos_xml_is (child, "delText") || ethos_xml_is (child, "instrText"))
        continue;
      if (ethos_xml_is (child, "tab"))
        g_string_append_c (out, ' ');
      else if (ethos_xml_is (child, "line-break") || ethos_xml_is (child, "br")
               || ethos_xml_is (child, "cr"))
        g_string_append_c (out, '\n');
      else if (ethos_xml_is (child, "s") && !only_t)
        {
          g_autofree char *count = ethos_xml_attr (child, "c");
          int n = count != NULL ? CLAMP (atoi (count), 1, 1000) : 1;

          for (int i = 0; i < n; i++)
            g_string_append_c (out, ' ');
        }
      else
        {
          if (out->len > 0 && (ethos_xml_is (child, "p")) && out->str[out->len - 1] != '\n')
            g_string_append_c (out, '\n');
          collect (out, child, only_t, in_t || ethos_xml_is (child, "t"));
        }
    }
}

/* The text of @node: its paragraphs a line each. With @only_t, only what stands in <t>
 * elements (OOXML, where other text is layout). */
char *
ethos_xml_text (xmlNode *node, gboolean only_t)
{
  GString *out = g_string_new (NULL);

  collect (out, node, only_t, FALSE);
  return g_string_free (out, FALSE);
}
