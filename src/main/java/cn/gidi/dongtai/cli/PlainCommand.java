package cn.gidi.dongtai.cli;

import cn.gidi.dongtai.config.DongtaiProperties;

/**
 * A command that runs without a Spring context ({@link CommandContexts#NO_CONTEXT}): it builds its services from
 * the settings itself, with the same factories the beans use ({@code config.Services}).
 */
interface PlainCommand {

    void wire(DongtaiProperties settings);
}
