/**
 * Projects the cluster runs or joins with external funds, and members' participation in them: applications,
 * approval by staff, roles, effort, and each change of status with its date.
 */
package pl.klaster.portal.domain.project;
