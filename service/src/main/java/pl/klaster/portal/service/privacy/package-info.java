/**
 * Personal data (GDPR): what the portal holds about one contact person, exported as one JSON document (the right of
 * access), and the anonymisation of a person who leaves (the right to erasure, as far as the cluster's records
 * allow: the rows stay so that every count and report still adds up, but nothing in them says who the person was).
 * ADMIN only. What is covered, and what old audit rows keep, is written in the README ("Dane osobowe / Personal
 * data").
 */
package pl.klaster.portal.service.privacy;
