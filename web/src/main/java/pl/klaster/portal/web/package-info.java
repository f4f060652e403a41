/**
 * The web module: Faces pages and their thin backing beans, sign-in, language, error pages.
 * A backing bean holds form state, calls one service method, adds a message by bundle key and navigates;
 * it never touches an {@code EntityManager} or JPQL (the architecture test keeps it so).
 */
package pl.klaster.portal.web;
