package pl.klaster.portal.service.project;

import java.io.Serializable;
import java.util.List;

/**
 * How well a member and a project fit: the number of the project's required capabilities and PKD codes the
 * member has, and which ones.
 */
public record MatchRow(long memberId, String memberName, long projectId, String projectTitlePl, String projectTitleEn,
                       int score, List<String> capabilities, List<String> pkdCodes) implements Serializable {
}
