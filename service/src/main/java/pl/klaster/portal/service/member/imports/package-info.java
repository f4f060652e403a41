/**
 * Importing members and their contact persons from a CSV or XLSX file: reading the file into header names and
 * rows of text ({@link pl.klaster.portal.service.member.imports.ImportFiles}), mapping its columns to fields
 * ({@link pl.klaster.portal.service.member.imports.ColumnMapping}, proposed from the header names), checking every
 * row by the same rules as the member form ({@link pl.klaster.portal.service.member.imports.RowRules}), and the
 * service that previews and commits an import ({@link pl.klaster.portal.service.member.imports.ImportService}).
 * Nothing here keeps state between calls: the page holds the parsed file and the mapping.
 */
package pl.klaster.portal.service.member.imports;
