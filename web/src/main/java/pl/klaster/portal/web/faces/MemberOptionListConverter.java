package pl.klaster.portal.web.faces;

import jakarta.faces.convert.FacesConverter;

/**
 * The same conversion, by id, for the components that hold a list of members (a multiple autocomplete): Faces
 * cannot see the element type of a {@code List<MemberOption>}, so the converter registered for the class is not
 * found there and the posted strings would reach the bean as they are.
 */
@FacesConverter("klaster.memberOption")
public class MemberOptionListConverter extends MemberOptionConverter {
}
