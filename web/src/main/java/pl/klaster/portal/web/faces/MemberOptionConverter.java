package pl.klaster.portal.web.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import pl.klaster.portal.service.member.MemberOption;

/**
 * Carries a picked member through a form as "id:name". The id is all the service trusts (it checks the member
 * itself); the name only redisplays the choice.
 */
@FacesConverter(forClass = MemberOption.class)
public class MemberOptionConverter implements Converter<Object> {

    @Override
    public MemberOption getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int colon = value.indexOf(':');
        try {
            long id = Long.parseLong(colon < 0 ? value : value.substring(0, colon));
            return new MemberOption(id, colon < 0 ? "" : value.substring(colon + 1), null);
        } catch (NumberFormatException e) {
            throw new ConverterException(e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        if (value instanceof MemberOption option) {
            return option.id() + ":" + option.name();
        }
        // a posted text that failed conversion is shown back as it was typed
        return value == null ? "" : value.toString();
    }
}
