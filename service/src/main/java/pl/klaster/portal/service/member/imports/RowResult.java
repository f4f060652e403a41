package pl.klaster.portal.service.member.imports;

import java.io.Serializable;
import java.util.List;

/**
 * What happens to one row of the file: its row number in the file (the header is row 1), the action, the
 * record's name and key as read (legal name and NIP; a contact's name and its member's NIP), its problems, and
 * after a commit the member the row created or updated (or the contact's member).
 */
public record RowResult(int row, RowAction action, String name, String nip, List<RowMessage> messages, Long memberId)
        implements Serializable {

    public RowResult {
        messages = List.copyOf(messages);
    }

    public boolean hasErrors() {
        return action == RowAction.ERROR;
    }

    RowResult saved(Long id) {
        return new RowResult(row, action, name, nip, messages, id);
    }
}
