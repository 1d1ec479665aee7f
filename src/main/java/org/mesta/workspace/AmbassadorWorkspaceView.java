package org.mesta.workspace;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.mesta.base.Role;
import org.mesta.campaign.CampaignService;
import org.mesta.campaign.ui.BoardView;
import org.mesta.campaign.ui.RecommendationsView;
import org.mesta.city.CityService;

@Route("ambassador")
@Menu(title = "nav.ambassador", order = 30, icon = "vaadin:megaphone")
@RolesAllowed(Role.AMBASSADOR_)
public class AmbassadorWorkspaceView extends RoleWorkspace {

    final RouterLink board;

    AmbassadorWorkspaceView(CityService cities, CampaignService campaigns) {
        super(cities, "ambassador");
        long mine = campaigns.board(new CampaignService.BoardFilter(true, null, null, null)).size();
        board = new RouterLink(getTranslation("workspace.ambassador.board", mine), BoardView.class);
        RouterLink library = new RouterLink(getTranslation("recommendation.library"), RecommendationsView.class);
        Div links = new Div(board, library);
        links.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.LARGE, LumoUtility.FontWeight.SEMIBOLD,
                LumoUtility.Margin.Bottom.MEDIUM);
        addComponentAtIndex(2, links);
    }
}
